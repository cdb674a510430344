using System.Text.Json.Nodes;
using Concord.Core.Federation;
using Microsoft.AspNetCore.Mvc;

namespace Concord.Web.Federation;

/// <summary>
/// The node-to-node endpoints (docs/federation-protocol.md). They take no API token: every envelope carries the
/// signature of a trusted peer, which <see cref="ReceiveEnvelopes"/> checks.
/// </summary>
public static class FederationEndpoints
{
    public sealed record EnvelopeBatch(List<string>? Envelopes);

    public static WebApplication MapFederationEndpoints(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        var group = app.MapGroup("/federation/v1").AllowAnonymous().WithTags("Federation");

        group.MapPost("/envelopes", async (EnvelopeBatch batch, ReceiveEnvelopes handler, HttpContext http, CancellationToken ct) =>
        {
            if (batch.Envelopes is not { Count: > 0 } envelopes || envelopes.Count > ReceiveEnvelopes.MaxBatch)
            {
                return Results.Problem(statusCode: StatusCodes.Status400BadRequest, type: "urn:concord:problem:malformed-batch",
                    title: $"A batch holds 1 to {ReceiveEnvelopes.MaxBatch} envelopes.", extensions: new Dictionary<string, object?> { ["code"] = "malformed-batch" });
            }
            var results = await handler.ExecuteAsync(envelopes, http.Connection.RemoteIpAddress?.ToString() ?? "", ct);
            return Results.Text(new JsonObject { ["results"] = new JsonArray([.. results.Select(r => (JsonNode)r.ToJson())]) }.ToJsonString(), "application/json");
        }).WithName("ReceiveEnvelopes")
          .WithSummary("Takes a batch of signed envelopes from a peer; answers per envelope: accepted/duplicate with a signed receipt, relayed, or rejected with a code.")
          .WithMetadata(new RequestSizeLimitAttribute(64 * 1024 * 1024));

        group.MapGet("/node", (FederationNode node) => node.IsFederated
            ? Results.Text(new JsonObject
            {
                ["id"] = node.NodeId,
                ["organisation"] = node.Options.OrganisationId,
                ["protocol"] = ItemKinds.ProtocolVersion,
                ["keys"] = new JsonArray(node.Keys.SigningPublic.ToJwk(), node.Keys.AgreementPublic.ToJwk()),
            }.ToJsonString(), "application/json")
            : Results.NotFound())
          .WithName("GetNodeIdentity").WithSummary("This node's id, organisation, protocol version and public keys (JWK).");
        return app;
    }
}
