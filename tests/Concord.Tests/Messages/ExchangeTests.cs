using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json.Nodes;
using Concord.Core.Federation;
using Concord.Core.Messages;
using Concord.Tests.Federation;
using Concord.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace Concord.Tests.Messages;

/// <summary>Messages between real nodes over HTTP on 127.0.0.1, on SQLite and on PostgreSQL.</summary>
public sealed class ExchangeTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static JsonObject Message(string to, string subject, string? key = null, string? route = null, string? inReplyTo = null) => new()
    {
        ["to"] = new JsonArray(to),
        ["type"] = "information-request",
        ["priority"] = "urgent",
        ["handlingCode"] = "H2",
        ["evaluation"] = "B2",
        ["subject"] = subject,
        ["body"] = "Просим сообщить сведения. 请提供资料。",
        ["language"] = "ru",
        ["caseReference"] = "CASE-2026-17",
        ["idempotencyKey"] = key,
        ["route"] = route,
        ["inReplyTo"] = inReplyTo,
        ["attachments"] = new JsonArray(new JsonObject { ["name"] = "note.txt", ["mediaType"] = "text/plain", ["content"] = Convert.ToBase64String(Encoding.UTF8.GetBytes("attached")) }),
    };

    private static async Task<Guid> SendAsync(HttpClient client, JsonObject body)
    {
        using var response = await client.PostAsJsonAsync("/api/v1/messages", body, Ct);
        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        var answer = await response.Content.ReadFromJsonAsync<JsonObject>(Ct);
        return Guid.Parse((string)answer!["id"]!, System.Globalization.CultureInfo.InvariantCulture);
    }

    [Theory]
    [InlineData(StorageKind.Sqlite)]
    [InlineData(StorageKind.Postgres)]
    public async Task A_message_reaches_the_addressed_agency_once_with_a_signed_receipt_and_a_read_receipt(StorageKind kind)
    {
        await using var nodes = await FederatedNodes.StartAsync(kind, FederatedNodes.KzCn);
        using var kz = await nodes.ClientAsync("kz", "kz.officer");
        using var cn = await nodes.ClientAsync("cn", "cn.analyst");

        var id = await SendAsync(kz, Message("cn-mps", "Request about a suspect", key: "req-1"));
        Assert.Equal(id, await SendAsync(kz, Message("cn-mps", "Request about a suspect", key: "req-1")));

        await FederatedNodes.EventuallyAsync(async () =>
            (await kz.GetFromJsonAsync<JsonObject>($"/api/v1/messages/{id}", Ct))!["summary"]!["deliveryState"]!.GetValue<string>() == "delivered", "delivered");
        var inbox = await cn.GetFromJsonAsync<JsonObject>("/api/v1/messages?box=inbox&pageSize=10", Ct);
        var item = Assert.Single(inbox!["items"]!.AsArray());
        Assert.Equal("kz-mvd", (string?)item!["from"]);
        Assert.Equal("cn-mps", (string?)item["to"]![0]);
        Assert.Equal("information-request", (string?)item["type"]);
        Assert.Equal("urgent", (string?)item["priority"]);
        Assert.Equal("Request about a suspect", (string?)item["subject"]);

        // The receipt held by the sender is signed by cn, for the exact item sent.
        var sent = await kz.GetFromJsonAsync<JsonObject>($"/api/v1/messages/{id}", Ct);
        var receipt = (string?)sent!["receipts"]![0]!["deliveryReceipt"];
        var peers = PeerSet.Parse(await File.ReadAllTextAsync(nodes.PeersFile, Ct));
        var verified = Jws.Verify(receipt, ItemKinds.ItemType, (node, thumbprint) => peers.Find(node)?.SigningKey(thumbprint));
        Assert.True(verified.IsSuccess);
        Assert.Equal("cn", verified.Value.Signer);
        Assert.Equal(id.ToString("D"), (string?)verified.Value.Payload["of"]);

        // Opening it at cn sends a read receipt back; the body and attachment arrive intact.
        var opened = await cn.GetFromJsonAsync<JsonObject>($"/api/v1/messages/{id}", Ct);
        Assert.Equal("Просим сообщить сведения. 请提供资料。", (string?)opened!["body"]);
        Assert.Equal("B2", (string?)opened["evaluation"]);
        var attachment = await cn.GetByteArrayAsync((string)opened["attachments"]![0]!["url"]!, Ct);
        Assert.Equal("attached", Encoding.UTF8.GetString(attachment));
        await FederatedNodes.EventuallyAsync(async () =>
            (await kz.GetFromJsonAsync<JsonObject>($"/api/v1/messages/{id}", Ct))!["summary"]!["deliveryState"]!.GetValue<string>() == "read", "read receipt");

        Assert.Equal(1, await nodes.InDatabaseAsync("kz", db => db.Messages.CountAsync(Ct)));
        Assert.Equal(1, await nodes.InDatabaseAsync("cn", db => db.Messages.CountAsync(Ct)));
        Assert.Equal(1, await nodes.InDatabaseAsync("cn", db => db.AuditEntries.CountAsync(a => a.Action == "message.receive", Ct)));
        Assert.True(await nodes.InDatabaseAsync("kz", db => db.AuditEntries.AnyAsync(a => a.Action == "message.send" && a.Outcome == "success:duplicate", Ct)));
    }

    [Theory]
    [InlineData(StorageKind.Sqlite)]
    [InlineData(StorageKind.Postgres)]
    public async Task Only_the_organisations_involved_see_a_message(StorageKind kind)
    {
        await using var nodes = await FederatedNodes.StartAsync(kind, FederatedNodes.KzCn);
        using var kz = await nodes.ClientAsync("kz", "kz.officer");
        var id = await SendAsync(kz, Message("kz", "For the whole node"));
        var ownOutbox = await kz.GetFromJsonAsync<JsonObject>("/api/v1/messages?box=outbox", Ct);
        Assert.Single(ownOutbox!["items"]!.AsArray());

        // A message to the node "cn" as a whole is for cn's operational staff; cn-mps staff see it, and nobody at kz but its sender.
        var toNode = await SendAsync(kz, Message("cn", "For the node"));
        using var cn = await nodes.ClientAsync("cn", "cn.analyst");
        await FederatedNodes.EventuallyAsync(async () =>
            (await cn.GetFromJsonAsync<JsonObject>("/api/v1/messages?box=inbox", Ct))!["items"]!.AsArray().Count == 1, "arrival");
        using var auditor = await nodes.ClientAsync("kz", "auditor");
        using var response = await auditor.GetAsync($"/api/v1/messages/{toNode}", Ct);
        Assert.Equal(HttpStatusCode.Forbidden, (await auditor.GetAsync("/api/v1/messages?box=inbox", Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.True(await nodes.InDatabaseAsync("kz", db => db.AuditEntries.AnyAsync(a => a.Action == "message.read" && a.Outcome.StartsWith("denied"), Ct)));
        _ = id;
    }

    [Theory]
    [InlineData(StorageKind.Sqlite)]
    [InlineData(StorageKind.Postgres)]
    public async Task Tampered_unknown_and_replayed_envelopes_are_rejected_and_audited(StorageKind kind)
    {
        await using var nodes = await FederatedNodes.StartAsync(kind, FederatedNodes.KzCn);
        var keys = nodes["kz"].Services.GetService(typeof(FederationNode)) is FederationNode f ? f.Keys : throw new InvalidOperationException();
        using var stranger = NodeKeys.Generate();
        var genuine = Concord.Benchmarks.Exchange.ChaosRun.Envelope("kz", keys, "cn", "crafted");
        using var http = nodes["cn"].CreateClient();
        async Task<JsonNode> PostAsync(params string[] envelopes)
        {
            using var response = await http.PostAsJsonAsync("/federation/v1/envelopes", new { envelopes }, Ct);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            return (await response.Content.ReadFromJsonAsync<JsonObject>(Ct))!["results"]!;
        }
        Assert.Equal("accepted", (string?)(await PostAsync(genuine))[0]!["status"]);
        Assert.Equal("replayed-envelope", (string?)(await PostAsync(genuine))[0]!["code"]);
        Assert.Equal("bad-signature", (string?)(await PostAsync(Concord.Benchmarks.Exchange.ChaosRun.Tamper(Concord.Benchmarks.Exchange.ChaosRun.Envelope("kz", keys, "cn", "x"))))[0]!["code"]);
        Assert.Equal("unknown-peer", (string?)(await PostAsync(Concord.Benchmarks.Exchange.ChaosRun.Envelope("xx", stranger, "cn", "x")))[0]!["code"]);
        Assert.Equal("wrong-audience", (string?)(await PostAsync(Concord.Benchmarks.Exchange.ChaosRun.Envelope("kz", keys, "ru", "x")))[0]!["code"]);
        var audited = await nodes.InDatabaseAsync("cn", db => db.AuditEntries.Where(a => a.Action == "federation.reject").Select(a => a.Outcome).ToListAsync(Ct));
        Assert.Contains("denied:replayed-envelope", audited);
        Assert.Contains("denied:bad-signature", audited);
        Assert.Contains("denied:unknown-peer", audited);
        Assert.Contains("denied:wrong-audience", audited);
        Assert.Equal(1, await nodes.InDatabaseAsync("cn", db => db.Messages.CountAsync(Ct)));
    }

    [Theory]
    [InlineData(StorageKind.Sqlite)]
    [InlineData(StorageKind.Postgres)]
    public async Task A_later_message_that_arrives_first_is_held_until_the_gap_fills(StorageKind kind)
    {
        await using var nodes = await FederatedNodes.StartAsync(kind, FederatedNodes.KzCn);
        var keys = ((FederationNode)nodes["kz"].Services.GetService(typeof(FederationNode))!).Keys;
        var thread = Guid.NewGuid();
        string Item(Guid id, long seq, string subject)
        {
            var content = new MessageContent("reply", "routine", "H0", "", "", subject, "body", "en", "", null, null, "kz-knb", ["cn"], []);
            var item = Jws.Sign("kz", keys, ItemKinds.ItemType, new MessageItem(id, "kz", "cn", thread, seq, DateTimeOffset.UtcNow, content.ToJson(), null).ToJson());
            return Jws.Sign("kz", keys, ItemKinds.EnvelopeType, new JsonObject
            {
                ["v"] = 1, ["iss"] = "kz", ["aud"] = "cn", ["iat"] = DateTimeOffset.UtcNow.ToUnixTimeSeconds(),
                ["jti"] = Guid.NewGuid().ToString("N"), ["kind"] = "message", ["item"] = item,
            });
        }
        using var http = nodes["cn"].CreateClient();
        var first = Guid.NewGuid();
        var second = Guid.NewGuid();
        var results = (await (await http.PostAsJsonAsync("/federation/v1/envelopes", new { envelopes = new[] { Item(second, 2, "second") } }, Ct)).Content.ReadFromJsonAsync<JsonObject>(Ct))!;
        Assert.Equal("accepted", (string?)results["results"]![0]!["status"]);
        Assert.Equal(0, await nodes.InDatabaseAsync("cn", db => db.Messages.CountAsync(Ct)));
        Assert.Equal(1, await nodes.InDatabaseAsync("cn", db => db.HeldItems.CountAsync(Ct)));

        await http.PostAsJsonAsync("/federation/v1/envelopes", new { envelopes = new[] { Item(first, 1, "first") } }, Ct);
        var released = await nodes.InDatabaseAsync("cn", db => db.Messages.OrderBy(m => m.Position).Select(m => m.Subject).ToListAsync(Ct));
        Assert.Equal(["first", "second"], released);
        Assert.Equal(0, await nodes.InDatabaseAsync("cn", db => db.HeldItems.CountAsync(Ct)));
    }

    [Theory]
    [InlineData(StorageKind.Sqlite)]
    [InlineData(StorageKind.Postgres)]
    public async Task The_hub_relays_a_sealed_message_it_cannot_read(StorageKind kind)
    {
        await using var nodes = await FederatedNodes.StartAsync(kind, new Dictionary<string, string> { ["kz"] = "kz-knb", ["rats"] = "rats-executive-committee", ["cn"] = "cn-mss" });
        using var kz = await nodes.ClientAsync("kz", "kz.officer");
        using var cn = await nodes.ClientAsync("cn", "cn.analyst");
        const string secret = "Operation Tianshan details";
        var id = await SendAsync(kz, Message("cn-mps", secret, route: "hub"));

        await FederatedNodes.EventuallyAsync(async () =>
            (await kz.GetFromJsonAsync<JsonObject>($"/api/v1/messages/{id}", Ct))!["summary"]!["deliveryState"]!.GetValue<string>() == "delivered", "delivered through the hub", 90);
        var opened = await cn.GetFromJsonAsync<JsonObject>($"/api/v1/messages/{id}", Ct);
        Assert.Equal(secret, (string?)opened!["summary"]!["subject"]);
        Assert.True((bool)opened["summary"]!["sealed"]!);

        // What the hub holds: routing data and a JWE, no content; and it stored no message.
        var relayed = await nodes.InDatabaseAsync("rats", db => db.Outbox.Where(e => e.Kind == "message").Select(e => e.ItemJws).ToListAsync(Ct));
        var payload = JsonNode.Parse(Base64UrlText.TryDecode(Assert.Single(relayed).Split('.')[1])!)!.AsObject();
        Assert.Null(payload["content"]);
        Assert.NotNull((string?)payload["sealed"]);
        Assert.Equal(["created", "from", "id", "kind", "sealed", "seq", "thread", "to", "v"], payload.Select(p => p.Key).Order(StringComparer.Ordinal));
        Assert.DoesNotContain(secret, Encoding.UTF8.GetString(Base64UrlText.TryDecode(((string)payload["sealed"]!).Split('.')[3])!), StringComparison.Ordinal);
        Assert.Equal(0, await nodes.InDatabaseAsync("rats", db => db.Messages.CountAsync(Ct)));
        Assert.True(await nodes.InDatabaseAsync("rats", db => db.AuditEntries.AnyAsync(a => a.Action == "federation.relay", Ct)));

        // The receipt the sender holds is signed by cn, not by the hub.
        var sent = await kz.GetFromJsonAsync<JsonObject>($"/api/v1/messages/{id}", Ct);
        var receipt = (string?)sent!["receipts"]![0]!["deliveryReceipt"];
        Assert.Equal("cn", receipt!.Split('.')[0] is var h ? (string?)JsonNode.Parse(Base64UrlText.TryDecode(h)!)!["kid"] is { } kid ? kid.Split('/')[0] : null : null);
    }

    [Theory]
    [InlineData(StorageKind.Sqlite)]
    [InlineData(StorageKind.Postgres)]
    public async Task Invalid_messages_are_refused_with_stable_codes(StorageKind kind)
    {
        await using var nodes = await FederatedNodes.StartAsync(kind, FederatedNodes.KzCn);
        using var kz = await nodes.ClientAsync("kz", "kz.officer");
        async Task<string?> CodeAsync(JsonObject body)
        {
            using var response = await kz.PostAsJsonAsync("/api/v1/messages", body, Ct);
            Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
            return (string?)(await response.Content.ReadFromJsonAsync<JsonObject>(Ct))!["code"];
        }
        Assert.Equal("unknown-recipient", await CodeAsync(Message("zz", "x")));
        var noConditions = Message("cn", "x");
        noConditions["handlingCode"] = "H3";
        Assert.Equal("handling-conditions-required", await CodeAsync(noConditions));
        var badType = Message("cn", "x");
        badType["type"] = "gossip";
        Assert.Equal("type-invalid", await CodeAsync(badType));
        var big = Message("cn", "x");
        big["attachments"] = new JsonArray(new JsonObject { ["name"] = "big.bin", ["content"] = Convert.ToBase64String(new byte[(4 * 1024 * 1024) + 1]) });
        Assert.Equal("attachment-too-large", await CodeAsync(big));
        // Another state's agency cannot send from this node.
        using var cnOnKz = await nodes.ClientAsync("kz", "cn.analyst");
        using var response = await cnOnKz.PostAsJsonAsync("/api/v1/messages", Message("kz", "x"), Ct);
        Assert.Equal("organisation-not-hosted-here", (string?)(await response.Content.ReadFromJsonAsync<JsonObject>(Ct))!["code"]);
    }

    [Fact]
    public async Task Inbox_pages_link_to_the_next_page_until_the_last()
    {
        await using var nodes = await FederatedNodes.StartAsync(StorageKind.Sqlite, FederatedNodes.KzCn);
        using var kz = await nodes.ClientAsync("kz", "kz.officer");
        for (var i = 0; i < 5; i++)
        {
            await SendAsync(kz, Message("kz-mvd", "local " + i.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        }
        var seen = new List<string>();
        string? next = "/api/v1/messages?box=inbox&pageSize=2";
        while (next is not null)
        {
            var page = await kz.GetFromJsonAsync<JsonObject>(next, Ct);
            seen.AddRange(page!["items"]!.AsArray().Select(x => (string)x!["subject"]!));
            next = (string?)page["next"];
        }
        Assert.Equal(["local 4", "local 3", "local 2", "local 1", "local 0"], seen);
        var found = await kz.GetFromJsonAsync<JsonObject>("/api/v1/messages?box=all&q=LOCAL%203", Ct);
        Assert.Single(found!["items"]!.AsArray());
    }
}
