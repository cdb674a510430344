using System.Diagnostics;
using System.Globalization;
using System.Text.Json.Nodes;
using Concord.Core.Federation;

namespace Concord.Benchmarks.Exchange;

/// <summary>
/// `exchange-micro`: what the cryptography and the canonical encoding of one message cost on this machine, per
/// operation (sign an item, check it, wrap it in an envelope, check that, sign and check the receipt, digest).
/// CPU time of the calling thread, so that other processes on the machine do not count.
/// </summary>
public static class ExchangeMicro
{
    public static int Run(string[] args)
    {
        var rounds = ExchangeBenchmark.Option(args, "--rounds", 20_000);
        using var kz = NodeKeys.Generate();
        using var cn = NodeKeys.Generate();
        NodePublicKey? Find(string node, string thumbprint) => node switch
        {
            "kz" when thumbprint == kz.SigningPublic.Thumbprint => kz.SigningPublic,
            "cn" when thumbprint == cn.SigningPublic.Thumbprint => cn.SigningPublic,
            _ => null,
        };
        var content = new MessageContent("intelligence-bulletin", "routine", "H1", "", "", "bench 1",
            "A bulletin of about two hundred bytes, like a short operational note exchanged between agencies: who, where, when, what was seen, and what is asked of the recipient.",
            "en", "", null, null, "kz-knb", ["cn"], []).ToJson();
        var item = new MessageItem(Guid.NewGuid(), "kz", "cn", Guid.NewGuid(), 1, DateTimeOffset.UtcNow, content, null);
        var itemJws = Jws.Sign("kz", kz, ItemKinds.ItemType, item.ToJson());
        JsonObject Envelope(string jws) => new()
        {
            ["v"] = 1, ["iss"] = "kz", ["aud"] = "cn", ["iat"] = DateTimeOffset.UtcNow.ToUnixTimeSeconds(),
            ["jti"] = Guid.NewGuid().ToString("N"), ["kind"] = "message", ["item"] = jws,
        };
        var envelopeJws = Jws.Sign("kz", kz, ItemKinds.EnvelopeType, Envelope(itemJws));
        var receipt = new ReceiptItem(ItemKinds.Receipt, Guid.NewGuid(), "cn", "kz", item.Id, ReceiptItem.DigestOf(itemJws), DateTimeOffset.UtcNow, null);
        var receiptJws = Jws.Sign("cn", cn, ItemKinds.ItemType, receipt.ToJson());
        Console.WriteLine($"item {itemJws.Length} chars, envelope {envelopeJws.Length} chars, receipt {receiptJws.Length} chars; {rounds} rounds each");

        Measure("sign item (canonical JSON + Ed25519)", rounds, () => Jws.Sign("kz", kz, ItemKinds.ItemType, item.ToJson()));
        Measure("verify item (Ed25519 + canonical check)", rounds, () => Jws.Verify(itemJws, ItemKinds.ItemType, Find));
        Measure("sign envelope", rounds, () => Jws.Sign("kz", kz, ItemKinds.EnvelopeType, Envelope(itemJws)));
        Measure("verify envelope", rounds, () => Jws.Verify(envelopeJws, ItemKinds.EnvelopeType, Find));
        Measure("sign receipt", rounds, () => Jws.Sign("cn", cn, ItemKinds.ItemType, receipt.ToJson()));
        Measure("verify receipt", rounds, () => Jws.Verify(receiptJws, ItemKinds.ItemType, Find));
        Measure("SHA-256 digest of the item", rounds, () => ReceiptItem.DigestOf(itemJws));
        Measure("canonical encode of the content", rounds, () => CanonicalJson.Encode(content));
        return 0;
    }

    private static void Measure(string name, int rounds, Func<object> action)
    {
        for (var i = 0; i < Math.Min(2000, rounds); i++)
        {
            action();
        }
        var cpu = ThreadCpu();
        var watch = Stopwatch.StartNew();
        for (var i = 0; i < rounds; i++)
        {
            action();
        }
        watch.Stop();
        var cpuUs = (ThreadCpu() - cpu).TotalMicroseconds / rounds;
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{name,-45} {cpuUs,8:F1} µs CPU   {watch.Elapsed.TotalMicroseconds / rounds,8:F1} µs wall"));
    }

    /// <summary>CPU time of the current thread (Linux: /proc/thread-self/stat, utime + stime in clock ticks).</summary>
    private static TimeSpan ThreadCpu()
    {
        var stat = File.ReadAllText("/proc/thread-self/stat");
        var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
        var ticks = long.Parse(fields[11], CultureInfo.InvariantCulture) + long.Parse(fields[12], CultureInfo.InvariantCulture);
        return TimeSpan.FromSeconds(ticks / 100.0);
    }
}
