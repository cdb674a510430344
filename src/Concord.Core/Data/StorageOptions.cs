using System.ComponentModel.DataAnnotations;

namespace Concord.Core.Data;

/// <summary>Settings section "Storage". Validated at start-up.</summary>
public sealed class StorageOptions : IValidatableObject
{
    public const string Section = "Storage";
    public const string Sqlite = "sqlite";
    public const string Postgres = "postgres";

    /// <summary>"sqlite" (default, embedded) or "postgres".</summary>
    public string Provider { get; set; } = Sqlite;

    /// <summary>Where the node keeps its SQLite database and keys. Relative paths are taken from the working directory.</summary>
    public string DataDirectory { get; set; } = "./data";

    /// <summary>ConnectionStrings:Postgres, copied here at start-up; required when Provider is postgres.</summary>
    public string? PostgresConnectionString { get; set; }

    public string SqliteFile => Path.Combine(Path.GetFullPath(DataDirectory), "concord.db");

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (Provider is not (Sqlite or Postgres))
        {
            yield return new ValidationResult(
                $"Storage:Provider is '{Provider}', but it must be 'sqlite' or 'postgres'.", [nameof(Provider)]);
        }
        if (string.IsNullOrWhiteSpace(DataDirectory))
        {
            yield return new ValidationResult("Storage:DataDirectory is empty; give a directory the node may write to.", [nameof(DataDirectory)]);
        }
        else if (Provider == Sqlite && !IsWritableDirectory(DataDirectory, out var reason))
        {
            yield return new ValidationResult(
                $"Storage:DataDirectory '{DataDirectory}' cannot be used: {reason}.", [nameof(DataDirectory)]);
        }
        if (Provider == Postgres && string.IsNullOrWhiteSpace(PostgresConnectionString))
        {
            yield return new ValidationResult(
                "Storage:Provider is 'postgres' but ConnectionStrings:Postgres is not set "
                + "(e.g. 'Host=127.0.0.1;Port=5432;Database=concord;Username=concord;Password=...').", ["ConnectionStrings:Postgres"]);
        }
    }

    private static bool IsWritableDirectory(string directory, out string reason)
    {
        try
        {
            System.IO.Directory.CreateDirectory(directory);
            var probe = Path.Combine(directory, ".write-probe-" + Environment.ProcessId.ToString(System.Globalization.CultureInfo.InvariantCulture));
            File.WriteAllText(probe, "");
            File.Delete(probe);
            reason = "";
            return true;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or NotSupportedException or ArgumentException)
        {
            reason = e.Message;
            return false;
        }
    }
}
