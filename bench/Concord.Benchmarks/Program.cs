using Concord.Benchmarks;
using Concord.Benchmarks.Exchange;
using Concord.Benchmarks.Tables;

// Whole-run benchmarks: name matching (issue 3: build-tables, eval, screen-1m and debug commands) and secure
// exchange (issue 5: `exchange` between two node processes, `chaos` the long fault run of scripts/chaos-exchange.sh).
return args.Length == 0 ? Usage() : args[0] switch
{
    "build-tables" => BuildTables.Run(),
    "parse" => DebugCommands.Parse(args[1..]),
    "probe" => DebugCommands.Probe(args[1..]),
    "probe-file" => ProbeFile.Run(args[1..]),
    "zh-native" => Concord.Benchmarks.ZhNative.Run(args[1..]),
    "micro" => MicroTimings.Run(),
    "pairs" => PairDebug.Run(args[1..]),
    "misses" => MissAnalysis.Run(args[1..]),
    "expand-prof" => ExpandProfile.Run(args[1..]),
    "cpu-rounds" => CpuRounds.Run(args[1..]),
    "eval" => Concord.Benchmarks.Evaluation.EvalCommand.Run(args[1..]),
    "screen-1m" => Concord.Benchmarks.Screening1M.Screen1MCommand.Run(args[1..]),
    "exchange" => await ExchangeBenchmark.RunAsync(args[1..]),
    "exchange-micro" => ExchangeMicro.Run(args[1..]),
    "chaos" => await ChaosCommand.RunAsync(args[1..]),
    _ => Usage(),
};

static int Usage()
{
    Console.Error.WriteLine("usage: Concord.Benchmarks build-tables | eval | screen-1m | exchange | exchange-micro | chaos [options]");
    return 2;
}
