using System.Globalization;
using Concord.Core;
using Concord.Web.Localization;
using Microsoft.Extensions.Localization;

namespace Concord.Web.Records;

/// <summary>Localised labels for the codes of the RATS database, and errors as sentences in the UI language.</summary>
public static class RecordText
{
    public static string Kind(IStringLocalizer l, string code) => Label(l, "Records_Kind_", code);

    public static string Distribution(IStringLocalizer l, string code) => Label(l, "Records_Distribution_", code);

    public static string Handling(IStringLocalizer l, string code) => Label(l, "Records_Handling_", code);

    public static string Status(IStringLocalizer l, string code) => Label(l, "Records_Status_", code);

    public static string Action(IStringLocalizer l, string code) => Label(l, "Records_Action_", code);

    public static string NoticeStatus(IStringLocalizer l, string code) => Label(l, "Records_NoticeStatus_", code);

    public static string Change(IStringLocalizer l, string code) => Label(l, "Records_Change_", code);

    /// <summary>"B2" with the meaning of both halves.</summary>
    public static string Evaluation(IStringLocalizer l, string code)
    {
        ArgumentNullException.ThrowIfNull(l);
        if (code is not { Length: 2 })
        {
            return code ?? "";
        }
        return code + " (" + Label(l, "Records_Source_", code[..1]) + "; " + Label(l, "Records_Information_", code[1..]) + ")";
    }

    /// <summary>The error in the UI language when there is a text for its code, else the English sentence from Core.</summary>
    public static string Error(IStringLocalizer l, Error error)
    {
        ArgumentNullException.ThrowIfNull(l);
        ArgumentNullException.ThrowIfNull(error);
        var text = l["Records_Error_" + error.Code];
        var message = text.ResourceNotFound ? error.Message : text.Value;
        return error.Field is { Length: > 0 } field && !message.Contains(field, StringComparison.Ordinal) ? message + " [" + field + "]" : message;
    }

    public static string Date(DateTimeOffset time) =>
        time.UtcDateTime.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture) + " UTC";

    public static string Date(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    public static string Score(double score) => score.ToString("0.00", CultureInfo.InvariantCulture);

    public static string Number(int n) => n.ToString(CultureInfo.InvariantCulture);

    public static string Language => LocalizationSetup.CurrentLanguage;

    private static string Label(IStringLocalizer l, string prefix, string code)
    {
        ArgumentNullException.ThrowIfNull(l);
        var text = l[prefix + code];
        return text.ResourceNotFound ? code : text.Value;
    }
}
