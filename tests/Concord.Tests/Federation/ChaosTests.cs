using Concord.Benchmarks.Exchange;
using Concord.Tests.Support;

namespace Concord.Tests.Federation;

/// <summary>
/// The short fault run (the long one is scripts/chaos-exchange.sh): real node processes (the built Concord.Web.dll)
/// on 127.0.0.1, two senders and a receiver, kill -9 at random moments, then every message exactly once, in thread
/// order, with a valid receipt; and tampered, unknown-peer and replayed envelopes rejected and audited.
/// </summary>
public sealed class ChaosTests
{
    [Fact]
    public async Task Messages_arrive_exactly_once_in_thread_order_with_receipts_while_nodes_are_killed()
    {
        var directory = TestPaths.NewTempDirectory("concord-chaos");
        var options = new ChaosOptions(Messages: 300, Cycles: 3, ThreadsPerSender: 10, ClientsPerSender: 4, Limit: TimeSpan.FromMinutes(8));
        var report = await new ChaosRun(options, line => TestContext.Current.TestOutputHelper?.WriteLine(line)).RunAsync(directory);
        foreach (var fact in report.Facts)
        {
            TestContext.Current.TestOutputHelper?.WriteLine("ok: " + fact);
        }
        Assert.True(report.Passed, string.Join(Environment.NewLine, report.Problems) + Environment.NewLine + "node logs: " + directory);
        Assert.True(report.Kills >= 3);
        Directory.Delete(directory, recursive: true);
    }

    [Fact]
    public void Node_ports_are_chosen_below_the_ephemeral_range_so_that_a_restarted_node_can_bind_its_port_again()
    {
        // An outgoing connection may take any ephemeral port as its local end; a node killed and restarted on such a
        // port failed with "address already in use" (seen once in test.sh).
        for (var i = 0; i < 50; i++)
        {
            var start = ExchangeNetwork.FindFreePorts(3);
            Assert.InRange(start, 1_024, ExchangeNetwork.EphemeralLow() - 3);
        }
    }
}
