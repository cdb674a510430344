using System.Diagnostics;
using System.Globalization;

namespace Concord.Cli.Screening;

/// <summary>A one-line progress bar on stderr, drawn only when stderr is a terminal and the run takes more than a second.</summary>
public sealed class ProgressBar
{
    private readonly TextWriter _error;
    private readonly bool _enabled;
    private readonly Stopwatch _clock = Stopwatch.StartNew();
    private readonly int _total;
    private long _lastDraw;

    public ProgressBar(TextWriter error, int total, bool enabled)
    {
        _error = error;
        _total = Math.Max(1, total);
        _enabled = enabled;
    }

    public void Report(int done)
    {
        if (!_enabled || _clock.ElapsedMilliseconds < 1000 || _clock.ElapsedMilliseconds - _lastDraw < 200)
        {
            return;
        }
        _lastDraw = _clock.ElapsedMilliseconds;
        var fraction = (double)done / _total;
        var width = 30;
        var filled = (int)(fraction * width);
        var rate = done / Math.Max(0.001, _clock.Elapsed.TotalSeconds);
        _error.Write(string.Create(CultureInfo.InvariantCulture, $"\r[{new string('#', filled)}{new string('.', width - filled)}] {done}/{_total} {fraction:P0} {rate:0} queries/s "));
    }

    public void Done()
    {
        if (_enabled && _lastDraw > 0)
        {
            _error.WriteLine();
        }
    }
}
