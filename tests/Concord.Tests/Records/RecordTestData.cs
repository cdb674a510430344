using System.Net.Http.Json;
using System.Text.Json;
using Concord.Core.Records;

namespace Concord.Tests.Records;

/// <summary>Drafts and API helpers for the records tests.</summary>
internal static class RecordTestData
{
    public static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public static string InAYear => DateOnly.FromDateTime(DateTime.UtcNow).AddYears(1).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

    public static RecordDraft Person(string name, string handling = "H0", string distribution = "all-members", IReadOnlyList<string>? states = null,
        string birth = "1980-05-17", string nationality = "KZ", string document = "N12345678", params string[] aliases) => new()
    {
        Kind = "person",
        HandlingCode = handling,
        HandlingConditions = handling == "H3" ? "Only for border checks." : "",
        Evaluation = "B2",
        Source = "test",
        Distribution = distribution,
        DistributionStates = states ?? [],
        LegalBasis = "Arrest warrant",
        LegalReference = "W-1",
        Purpose = "Arrest and extradition",
        ReviewDate = InAYear,
        Details = new RecordDetails
        {
            Names = [new RecordName(name), .. aliases.Select(a => new RecordName(a, RecordNameKinds.Alias))],
            BirthDates = [birth],
            BirthPlace = "Almaty",
            Nationalities = [nationality],
            Documents = [new IdentityDocument("passport", document, nationality)],
            RequestedAction = "arrest",
            Summary = "Test person.",
        },
    };

    public static RecordDraft Organisation(string name, string handling = "H0", string distribution = "all-members") => new()
    {
        Kind = "organisation",
        HandlingCode = handling,
        HandlingConditions = handling == "H3" ? "Only for border checks." : "",
        Evaluation = "A2",
        Distribution = distribution,
        LegalBasis = "Designation by the Supreme Court",
        Purpose = "Countering terrorism",
        ReviewDate = InAYear,
        Details = new RecordDetails
        {
            Names = [new RecordName(name)],
            Designations = [new Designation("KZ", "2015-03-01", "Decision No. 12")],
        },
    };

    public static async Task<JsonElement> CreateAsync(HttpClient client, RecordDraft draft)
    {
        var response = await client.PostAsJsonAsync("/api/v1/records", draft, Json);
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == System.Net.HttpStatusCode.Created, body);
        return JsonDocument.Parse(body).RootElement.Clone();
    }

    public static async Task<JsonElement> SearchAsync(HttpClient client, object query)
    {
        var response = await client.PostAsJsonAsync("/api/v1/records/search", query, Json);
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, body);
        return JsonDocument.Parse(body).RootElement.Clone();
    }

    public static IEnumerable<string> Ids(JsonElement result, string array, string property = "id") =>
        result.GetProperty(array).EnumerateArray().Select(e => e.GetProperty(property).GetString()!);
}
