using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Concord.Core.Federation;
using Concord.Tests.Federation;
using Concord.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace Concord.Tests.Messages;

/// <summary>POST /api/v1/messages/batch between real nodes over HTTP on 127.0.0.1, on SQLite and on PostgreSQL.</summary>
public sealed class BatchSendTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static JsonObject Message(string to, string subject, string? key) => new()
    {
        ["to"] = new JsonArray(to),
        ["type"] = "intelligence-bulletin",
        ["priority"] = "routine",
        ["handlingCode"] = "H1",
        ["subject"] = subject,
        ["body"] = "Бюллетень. 通报。",
        ["idempotencyKey"] = key,
    };

    private static JsonObject Batch(params JsonObject[] messages) => new() { ["messages"] = new JsonArray([.. messages]) };

    /// <summary>Posts a batch, expects 202 Accepted and returns its "messages".</summary>
    private static async Task<JsonArray> SendBatchAsync(HttpClient client, JsonObject batch)
    {
        using var response = await client.PostAsJsonAsync("/api/v1/messages/batch", batch, Ct);
        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<JsonObject>(Ct))!["messages"]!.AsArray();
    }

    private static async Task<JsonObject> ProblemAsync(HttpClient client, JsonObject body, HttpStatusCode status)
    {
        using var response = await client.PostAsJsonAsync("/api/v1/messages/batch", body, Ct);
        Assert.Equal(status, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<JsonObject>(Ct))!;
    }

    [Theory]
    [InlineData(StorageKind.Sqlite)]
    [InlineData(StorageKind.Postgres)]
    public async Task A_batch_is_stored_in_order_delivered_once_each_and_sending_it_again_changes_nothing(StorageKind kind)
    {
        await using var nodes = await FederatedNodes.StartAsync(kind, FederatedNodes.KzCn);
        using var kz = await nodes.ClientAsync("kz", "kz.officer");
        using var cn = await nodes.ClientAsync("cn", "cn.analyst");
        var batch = Batch(Message("cn", "bulletin 0", "b-0"), Message("cn-mps", "bulletin 1", "b-1"), Message("kz-mvd", "bulletin 2", "b-2"));

        var first = await SendBatchAsync(kz, batch);
        Assert.Equal(3, first.Count);
        Assert.All(first, m => Assert.False((bool)m!["duplicate"]!));
        var ids = first.Select(m => (string)m!["id"]!).ToList();
        Assert.Equal(3, ids.Distinct().Count());
        Assert.Equal("pending", (string?)first[0]!["deliveries"]![0]!["state"]);
        Assert.Equal("delivered", (string?)first[2]!["deliveries"]![0]!["state"]); // kz-mvd is served by kz itself

        // The same batch again (a client retrying after a lost answer): the same messages, nothing stored twice.
        var second = await SendBatchAsync(kz, batch);
        Assert.Equal(ids, second.Select(m => (string)m!["id"]!));
        Assert.All(second, m => Assert.True((bool)m!["duplicate"]!));

        await FederatedNodes.EventuallyAsync(async () =>
            (await cn.GetFromJsonAsync<JsonObject>("/api/v1/messages?box=inbox&pageSize=10", Ct))!["items"]!.AsArray().Count == 2, "arrival at cn");
        foreach (var id in ids.Take(2))
        {
            await FederatedNodes.EventuallyAsync(async () =>
                (await kz.GetFromJsonAsync<JsonObject>($"/api/v1/messages/{id}", Ct))!["summary"]!["deliveryState"]!.GetValue<string>() == "delivered", "receipt of " + id);
        }
        Assert.Equal(3, await nodes.InDatabaseAsync("kz", db => db.Messages.CountAsync(Ct)));
        Assert.Equal(2, await nodes.InDatabaseAsync("cn", db => db.Messages.CountAsync(Ct)));
        Assert.Equal(3, await nodes.InDatabaseAsync("kz", db => db.AuditEntries.CountAsync(a => a.Action == "message.send" && a.Outcome == "success", Ct)));
        Assert.Equal(3, await nodes.InDatabaseAsync("kz", db => db.AuditEntries.CountAsync(a => a.Action == "message.send" && a.Outcome == "success:duplicate", Ct)));
        Assert.Equal(2, await nodes.InDatabaseAsync("cn", db => db.AuditEntries.CountAsync(a => a.Action == "message.receive" && a.Outcome == "success", Ct)));
        Assert.True(await nodes.InDatabaseAsync("kz", db => db.AuditEntries.AnyAsync(a => a.Action == "federation.deliver", Ct)));
        Assert.True(await nodes["kz"].AuditIntactAsync());
        Assert.True(await nodes["cn"].AuditIntactAsync());
    }

    [Theory]
    [InlineData(StorageKind.Sqlite)]
    [InlineData(StorageKind.Postgres)]
    public async Task An_invalid_message_refuses_the_whole_batch_and_every_error_names_its_message(StorageKind kind)
    {
        await using var nodes = await FederatedNodes.StartAsync(kind, FederatedNodes.KzCn);
        using var kz = await nodes.ClientAsync("kz", "kz.officer");

        var noSubject = Message("cn", "", "k-1");
        var problem = await ProblemAsync(kz, Batch(Message("cn", "fine", "k-0"), noSubject, Message("zz", "to nowhere", null)), HttpStatusCode.BadRequest);
        Assert.Equal("subject-required", (string?)problem["code"]);
        var errors = problem["errors"]!.AsArray().Select(e => ((string?)e!["code"], (string?)e["field"])).ToList();
        Assert.Contains(("subject-required", "messages[1].subject"), errors);
        Assert.Contains(("idempotency-key-required", "messages[2].idempotencyKey"), errors);
        Assert.Contains(("unknown-recipient", "messages[2].to"), errors);
        Assert.DoesNotContain(errors, e => e.Item2!.StartsWith("messages[0]", StringComparison.Ordinal));

        var repeated = await ProblemAsync(kz, Batch(Message("cn", "one", "same"), Message("cn", "two", "same")), HttpStatusCode.BadRequest);
        Assert.Equal("idempotency-key-repeated", (string?)repeated["code"]);
        Assert.Equal("messages[1].idempotencyKey", (string?)repeated["errors"]![0]!["field"]);

        var badAttachment = Message("cn", "with a file", "k-9");
        badAttachment["attachments"] = new JsonArray(new JsonObject { ["name"] = "x.bin", ["content"] = "not base64!" });
        var attachment = await ProblemAsync(kz, Batch(Message("cn", "fine", "k-8"), badAttachment), HttpStatusCode.BadRequest);
        Assert.Equal("messages[1].attachments", (string?)attachment["errors"]![0]!["field"]);

        Assert.Equal("batch-empty", (string?)(await ProblemAsync(kz, Batch(), HttpStatusCode.BadRequest))["code"]);
        var tooMany = Batch([.. Enumerable.Range(0, 501).Select(i => Message("cn", "m", "t-" + i.ToString(System.Globalization.CultureInfo.InvariantCulture)))]);
        Assert.Equal("batch-too-large", (string?)(await ProblemAsync(kz, tooMany, HttpStatusCode.BadRequest))["code"]);

        // Nothing was stored or queued, and every refusal is in the audit log.
        Assert.Equal(0, await nodes.InDatabaseAsync("kz", db => db.Messages.CountAsync(Ct)));
        Assert.Equal(0, await nodes.InDatabaseAsync("kz", db => db.Outbox.CountAsync(Ct)));
        var refusals = await nodes.InDatabaseAsync("kz", db => db.AuditEntries.Where(a => a.Action == "message.send" && a.Object == "message:batch")
            .Select(a => a.Outcome).ToListAsync(Ct));
        Assert.Contains("failure:subject-required", refusals);
        Assert.Contains("failure:idempotency-key-repeated", refusals);
        Assert.Contains("failure:batch-empty", refusals);
        Assert.Contains("failure:batch-too-large", refusals);
        Assert.True(await nodes["kz"].AuditIntactAsync());
    }

    [Fact]
    public async Task Only_a_sender_with_a_token_may_send_a_batch_and_a_refusal_is_audited()
    {
        await using var nodes = await FederatedNodes.StartAsync(StorageKind.Sqlite, new Dictionary<string, string> { ["rats"] = "rats-executive-committee", ["cn"] = "cn-mss" });
        using var anonymous = nodes["rats"].CreateClient();
        using var noToken = await anonymous.PostAsJsonAsync("/api/v1/messages/batch", Batch(Message("cn", "x", "a-1")), Ct);
        Assert.Equal(HttpStatusCode.Unauthorized, noToken.StatusCode);

        // An auditor (of RATS, served by this node) reads no messages and sends none.
        using var auditor = await nodes.ClientAsync("rats", "auditor");
        var problem = await ProblemAsync(auditor, Batch(Message("cn", "x", "a-2")), HttpStatusCode.Forbidden);
        Assert.Equal("access-denied", (string?)problem["code"]);
        Assert.Equal("messages[0]", (string?)problem["errors"]![0]!["field"]);
        Assert.Equal(0, await nodes.InDatabaseAsync("rats", db => db.Messages.CountAsync(Ct)));
        Assert.True(await nodes.InDatabaseAsync("rats", db => db.AuditEntries.AnyAsync(a => a.Action == "message.send" && a.Object == "message:batch"
            && a.Outcome.StartsWith("denied:"), Ct)));

        // The endpoint is in the OpenAPI document.
        using var doc = System.Text.Json.JsonDocument.Parse(await anonymous.GetStringAsync("/openapi/v1.json", Ct));
        var post = doc.RootElement.GetProperty("paths").GetProperty("/api/v1/messages/batch").GetProperty("post");
        Assert.Equal("SendMessageBatch", post.GetProperty("operationId").GetString());
        Assert.True(post.GetProperty("responses").TryGetProperty("202", out _));
    }

    [Fact]
    public void Envelope_batches_and_message_batches_have_the_documented_limits()
    {
        Assert.Equal(500, ReceiveEnvelopes.MaxBatch);
        Assert.Equal(500, Core.Messages.SendMessage.MaxBatch);
    }
}
