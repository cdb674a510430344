namespace Concord.Core.Handling;

/// <summary>How reliable the source is (the 4x4 evaluation system).</summary>
public enum SourceReliability
{
    /// <summary>A: reliable; no doubt about authenticity, trustworthiness or competence, or a history of complete reliability.</summary>
    A,
    /// <summary>B: mostly reliable; information received from it has in most instances proved reliable.</summary>
    B,
    /// <summary>C: not reliable; information received from it has in most instances proved unreliable.</summary>
    C,
    /// <summary>X: reliability cannot be assessed.</summary>
    X,
}

/// <summary>How accurate the information is (the 4x4 evaluation system).</summary>
public enum InformationAccuracy
{
    /// <summary>1: known to be true without reservation.</summary>
    Known = 1,
    /// <summary>2: known personally to the source but not to the official passing it on.</summary>
    KnownToSource = 2,
    /// <summary>3: not known personally to the source but corroborated by information already recorded.</summary>
    Corroborated = 3,
    /// <summary>4: not known personally to the source and cannot be corroborated.</summary>
    NotCorroborated = 4,
}

/// <summary>The evaluation of a piece of information: source reliability A/B/C/X and information accuracy 1–4, written "B2".</summary>
public sealed record Evaluation(SourceReliability Source, InformationAccuracy Information)
{
    public static Result<Evaluation> Parse(string? text)
    {
        var t = text?.Trim().ToUpperInvariant() ?? "";
        if (t.Length != 2)
        {
            return Invalid();
        }
        SourceReliability? source = t[0] switch
        {
            'A' => SourceReliability.A,
            'B' => SourceReliability.B,
            'C' => SourceReliability.C,
            'X' => SourceReliability.X,
            _ => null,
        };
        if (source is null || t[1] is < '1' or > '4')
        {
            return Invalid();
        }
        return new Evaluation(source.Value, (InformationAccuracy)(t[1] - '0'));
    }

    public override string ToString() => Source.ToString() + ((int)Information).ToString(System.Globalization.CultureInfo.InvariantCulture);

    private static Error Invalid() =>
        new("evaluation-invalid", "The evaluation is a source reliability A, B, C or X followed by an information accuracy 1 to 4, e.g. B2.", "evaluation");
}
