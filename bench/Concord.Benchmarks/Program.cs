using Concord.Benchmarks.Exchange;

// Whole-run benchmarks. Secure exchange (issue 5): `exchange` (throughput and latency between two node processes)
// and `chaos` (the long fault run of scripts/chaos-exchange.sh).
return args.Length == 0 ? Usage() : args[0] switch
{
    "exchange" => await ExchangeBenchmark.RunAsync(args[1..]),
    "chaos" => await ChaosCommand.RunAsync(args[1..]),
    _ => Usage(),
};

static int Usage()
{
    Console.Error.WriteLine("usage: Concord.Benchmarks exchange [--messages N --clients N --rate N --seconds N] | chaos [--messages N --cycles N --minutes N]");
    return 2;
}
