using Concord.Benchmarks;
using Concord.Benchmarks.Tables;

return args.Length == 0 ? Usage() : args[0] switch
{
    "build-tables" => BuildTables.Run(),
    "parse" => DebugCommands.Parse(args[1..]),
    _ => Usage(),
};

static int Usage()
{
    Console.Error.WriteLine("usage: Concord.Benchmarks build-tables | eval | screen-1m [options]");
    return 2;
}
