using Concord.Matching.Phonetics;

namespace Concord.Matching.Index;

/// <summary>Plain forms as letter codes (<see cref="PhoneticSimilarity.Code"/>) for similarity on bytes.</summary>
internal static class FormCodes
{
    /// <summary>0: a plain P-form; 1: a weak (<see cref="FormSimilarity.WeakTag"/>) plain P-form; 2: anything else. Text: the spelling without the tag.</summary>
    public static (byte Kind, ReadOnlyMemory<char> Text) Classify(string form)
    {
        if (form.Length >= 3 && form[0] == FormSimilarity.WeakTag && PhoneticSimilarity.IsPlain(form.AsSpan(1)))
        {
            return (1, form.AsMemory(1));
        }
        if (form.Length >= 2 && PhoneticSimilarity.IsPlain(form))
        {
            return (0, form.AsMemory());
        }
        return (2, ReadOnlyMemory<char>.Empty);
    }

    public static void Encode(ReadOnlyMemory<char> text, Span<byte> destination)
    {
        var span = text.Span;
        for (var i = 0; i < span.Length; i++)
        {
            destination[i] = PhoneticSimilarity.Code(span[i]);
        }
    }
}
