using System.CommandLine;
using Concord.Core.Reference;

namespace Concord.Cli.Reference;

/// <summary>`concord reference validate`: check reference data files before a node loads them.</summary>
public static class ReferenceValidateCommand
{
    public static Command Create()
    {
        var dir = new Option<string?>("--dir") { Description = "Directory with the reference files (default: ./data/reference if present, else the set built into this release)." };
        var validate = new Command("validate", "Validate reference data: every problem with file, line, JSON path and reason. Exit 0 valid, 1 invalid.") { dir };
        validate.SetAction(async (parse, ct) =>
        {
            var directory = parse.GetValue(dir) ?? (Directory.Exists("data/reference") ? "data/reference" : null);
            var result = directory is null ? ReferenceDataReader.ReadEmbedded() : ReferenceDataReader.ReadDirectory(directory);
            if (!result.IsSuccess)
            {
                foreach (var error in result.Errors)
                {
                    await Console.Error.WriteLineAsync(error.Message);
                }
                await Console.Error.WriteLineAsync($"{result.Errors.Count} problem(s) in {directory ?? "the built-in reference data"}.");
                return ConcordCli.InputErrors;
            }
            var set = result.Value;
            Console.WriteLine($"valid: {directory ?? "built-in"} version {set.Version}, sha256 {set.Sha256}");
            Console.WriteLine($"  {set.States.Count} states ({set.MemberStates.Count()} members), {set.Organisations.Count} organisations, "
                + $"{set.Levels.Count} meeting levels, {set.Domains.Count} domains, {set.Matters.Count} matters, "
                + $"{set.Competences.Count} directory entries ({set.Competences.Count(c => c.IsBlindSpot)} blind spots), {set.Sources.Count} sources");
            return ConcordCli.Success;
        });
        return new Command("reference", "Reference data (states, bodies, agencies, competent authorities).") { validate };
    }
}
