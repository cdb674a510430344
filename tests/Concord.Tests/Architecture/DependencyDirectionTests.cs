using System.Reflection;

namespace Concord.Tests.Architecture;

/// <summary>Dependencies point one way: Matching &lt;- Core &lt;- Web, Cli. Core never references ASP.NET Core.</summary>
public sealed class DependencyDirectionTests
{
    private static string[] References(string assembly) =>
        [.. Assembly.Load(assembly).GetReferencedAssemblies().Select(a => a.Name!)];

    [Fact]
    public void Matching_references_no_other_Concord_assembly_and_nothing_outside_the_base_library()
    {
        var references = References("Concord.Matching");
        Assert.DoesNotContain(references, r => r.StartsWith("Concord.", StringComparison.Ordinal));
        Assert.DoesNotContain(references, r => r.StartsWith("Microsoft.EntityFrameworkCore", StringComparison.Ordinal));
        Assert.DoesNotContain(references, r => r.StartsWith("Microsoft.AspNetCore", StringComparison.Ordinal));
    }

    [Fact]
    public void Core_references_Matching_but_neither_Web_nor_Cli_nor_ASP_NET_Core()
    {
        var references = References("Concord.Core");
        Assert.DoesNotContain("Concord.Web", references);
        Assert.DoesNotContain("concord", references);
        Assert.DoesNotContain(references, r => r.StartsWith("Microsoft.AspNetCore", StringComparison.Ordinal));
        Assert.Contains("Concord.Matching", ProjectReferences("src/Concord.Core/Concord.Core.csproj"));
    }

    [Fact]
    public void Web_and_Cli_depend_on_Core_and_not_on_each_other()
    {
        Assert.Contains("Concord.Core", References("Concord.Web"));
        Assert.Contains("Concord.Core", References("concord"));
        Assert.DoesNotContain("concord", References("Concord.Web"));
        Assert.DoesNotContain("Concord.Web", References("concord"));
        Assert.DoesNotContain("Concord.Web", ProjectReferences("src/Concord.Cli/Concord.Cli.csproj"));
        Assert.DoesNotContain("Concord.Cli", ProjectReferences("src/Concord.Web/Concord.Web.csproj"));
    }

    [Fact]
    public void Matching_project_has_no_project_references()
    {
        Assert.Empty(ProjectReferences("src/Concord.Matching/Concord.Matching.csproj"));
    }

    /// <summary>Project references as declared (an unused reference does not show in the compiled assembly's references).</summary>
    private static string[] ProjectReferences(string project)
    {
        var xml = System.Xml.Linq.XDocument.Load(Path.Combine(Support.TestPaths.RepositoryRoot, project));
        return [.. xml.Descendants("ProjectReference").Select(e => Path.GetFileNameWithoutExtension(e.Attribute("Include")!.Value.Replace('\\', '/')))];
    }
}
