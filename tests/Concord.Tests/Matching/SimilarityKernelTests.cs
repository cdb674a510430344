using Concord.Matching.Index;
using Concord.Matching.Phonetics;

namespace Concord.Tests.Matching;

/// <summary>The byte-code similarity kernels used by query expansion agree with the string versions.</summary>
public class SimilarityKernelTests
{
    private static byte[] Codes(string s) => [.. s.Select(PhoneticSimilarity.Code)];

    [Fact]
    public void Letter_code_similarity_equals_string_similarity()
    {
        var rng = new Random(5);
        const string letters = "aeioubcdfghjklmnprstvxz0";
        var words = new List<string> { "muhamad", "mohamed", "aleksandr", "aleksander", "xerbakov", "xcerbakov", "li", "lu", "tomas", "tomsa", "abdrahman", "rahman" };
        for (var i = 0; i < 3000; i++)
        {
            var len = 2 + rng.Next(10);
            words.Add(new string([.. Enumerable.Range(0, len).Select(_ => letters[rng.Next(letters.Length)])]));
            var w = words[rng.Next(words.Count)];
            if (w.Length < 3)
            {
                continue;
            }
            var p = rng.Next(w.Length);
            words.Add(rng.Next(3) switch { 0 => w.Remove(p, 1), 1 => w.Insert(p, letters[rng.Next(letters.Length)].ToString()), _ => w[..p] + letters[rng.Next(letters.Length)] + w[(p + 1)..] });
        }
        foreach (var minimum in new[] { 0.4f, 0.55f, 0.8f })
        {
            for (var i = 0; i < 20_000; i++)
            {
                var a = words[rng.Next(words.Count)];
                var b = words[rng.Next(words.Count)];
                Assert.Equal(PhoneticSimilarity.AtLeast(a, b, minimum), PhoneticSimilarity.AtLeast(Codes(a), Codes(b), minimum), 5);
            }
        }
    }

    [Fact]
    public void Plain_forms_are_classified_for_codes()
    {
        Assert.Equal(0, FormCodes.Classify("muhamad").Kind);
        Assert.Equal(1, FormCodes.Classify("%kader").Kind);
        Assert.Equal(2, FormCodes.Classify("#LLC").Kind);
        Assert.Equal(2, FormCodes.Classify("~mhmd").Kind);
        Assert.Equal(2, FormCodes.Classify("a").Kind);
    }
}
