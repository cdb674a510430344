using Concord.Matching.Model;
using Concord.Matching.Names;

namespace Concord.Benchmarks;

/// <summary>`parse NAME...`: prints how the matcher reads names (for development).</summary>
internal static class DebugCommands
{
    public static int Parse(string[] names)
    {
        foreach (var name in names)
        {
            Console.WriteLine(name);
            foreach (var r in NameParser.Parse(name, EntityKind.Unknown))
            {
                Console.WriteLine("   " + r);
            }
        }
        return 0;
    }
}
