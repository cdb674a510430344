namespace Concord.Benchmarks;

/// <summary>
/// A quarter of the wd_chinese_80 pairs (FNV-1a of the pair), for an honest figure on foreign names written in Chinese:
/// with CONCORD_ZH_HOLDOUT=1, `build-tables` trains the transcription table without them, and `eval` always reports
/// them (scripts/eval-zh-holdout.sh does both in a scratch worktree; with the shipped table they are training data).
/// </summary>
internal static class ZhHoldout
{
    public static bool Enabled => Environment.GetEnvironmentVariable("CONCORD_ZH_HOLDOUT") == "1";

    public static bool IsHeldOut(string latin, string chinese)
    {
        var h = 2166136261u;
        foreach (var c in latin + "\t" + chinese)
        {
            h = (h ^ c) * 16777619u;
        }
        return h % 4 == 0;
    }
}
