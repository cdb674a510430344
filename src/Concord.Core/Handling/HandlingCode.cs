namespace Concord.Core.Handling;

/// <summary>
/// The handling code the owner of information attaches to it (shared by messages and the RATS database):
/// what the recipient may do with it. Stored and sent as "H0".."H3".
/// </summary>
public enum HandlingCode
{
    /// <summary>H0: for law-enforcement purposes only.</summary>
    H0 = 0,
    /// <summary>H1: not to be used as evidence in court without the owner's permission.</summary>
    H1 = 1,
    /// <summary>H2: no further dissemination without the owner's permission.</summary>
    H2 = 2,
    /// <summary>H3: other restrictions, stated in words (<see cref="Handling.Conditions"/>).</summary>
    H3 = 3,
}

/// <summary>A handling code with the conditions that H3 requires.</summary>
/// <param name="Code">The code.</param>
/// <param name="Conditions">For H3 the restrictions in words (required); empty otherwise.</param>
public sealed record Handling(HandlingCode Code, string Conditions = "")
{
    public const int MaxConditionsLength = 1000;

    public static string Format(HandlingCode code) => code switch
    {
        HandlingCode.H0 => "H0",
        HandlingCode.H1 => "H1",
        HandlingCode.H2 => "H2",
        HandlingCode.H3 => "H3",
        _ => throw new ArgumentOutOfRangeException(nameof(code), code, "Unknown handling code."),
    };

    public static bool TryParse(string? text, out HandlingCode code)
    {
        code = HandlingCode.H0;
        switch (text?.Trim().ToUpperInvariant())
        {
            case "H0": code = HandlingCode.H0; return true;
            case "H1": code = HandlingCode.H1; return true;
            case "H2": code = HandlingCode.H2; return true;
            case "H3": code = HandlingCode.H3; return true;
            default: return false;
        }
    }

    /// <summary>Checks a code given as text with its conditions: H3 needs conditions, the others take none.</summary>
    public static Result<Handling> Create(string? code, string? conditions)
    {
        if (!TryParse(code, out var parsed))
        {
            return new Error("handling-code-invalid", "The handling code must be H0, H1, H2 or H3.", "handlingCode");
        }
        var text = conditions?.Trim() ?? "";
        if (parsed == HandlingCode.H3 && text.Length == 0)
        {
            return new Error("handling-conditions-required", "Handling code H3 needs the restrictions stated in words.", "handlingConditions");
        }
        if (parsed != HandlingCode.H3 && text.Length > 0)
        {
            return new Error("handling-conditions-only-for-h3", "Only handling code H3 takes conditions in words.", "handlingConditions");
        }
        if (text.Length > MaxConditionsLength)
        {
            return new Error("handling-conditions-too-long", $"The handling conditions may have at most {MaxConditionsLength} characters.", "handlingConditions");
        }
        return new Handling(parsed, text);
    }

    public override string ToString() => Format(Code);
}
