using System.Globalization;
using System.Text;
using Concord.Matching.Scoring;

namespace Concord.Cli.Screening;

/// <summary>Writes query_id,rank,entity_id,score,matched_name (RFC 4180 quoting), best first per query.</summary>
public sealed class ResultWriter : IDisposable
{
    private readonly StreamWriter _writer;

    public ResultWriter(string path)
    {
        _writer = new StreamWriter(path, append: false, new UTF8Encoding(false), bufferSize: 1 << 16) { NewLine = "\n" };
        _writer.WriteLine("query_id,rank,entity_id,score,matched_name");
    }

    public int Rows { get; private set; }

    public void Write(string queryId, IReadOnlyList<Candidate> candidates)
    {
        for (var i = 0; i < candidates.Count; i++)
        {
            var c = candidates[i];
            _writer.Write(Quote(queryId));
            _writer.Write(',');
            _writer.Write((i + 1).ToString(CultureInfo.InvariantCulture));
            _writer.Write(',');
            _writer.Write(Quote(c.Entry.Id));
            _writer.Write(',');
            _writer.Write(c.Score.ToString("0.0000", CultureInfo.InvariantCulture));
            _writer.Write(',');
            _writer.WriteLine(Quote(c.MatchedName));
            Rows++;
        }
    }

    public static string Quote(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        return value.AsSpan().IndexOfAny(",\"\n\r") < 0 ? value : "\"" + value.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
    }

    public void Dispose() => _writer.Dispose();
}
