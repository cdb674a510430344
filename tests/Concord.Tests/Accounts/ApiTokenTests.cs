using System.Net;
using Concord.Core.Accounts;
using Concord.Core.Audit;
using Concord.Core.Data;
using Concord.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Concord.Tests.Accounts;

/// <summary>API tokens: the principal is cached for a few seconds, but a revocation takes effect at once.</summary>
public sealed class ApiTokenTests(NodePair nodes) : IClassFixture<NodePair>
{
    [Theory]
    [InlineData(StorageKind.Sqlite)]
    [InlineData(StorageKind.Postgres)]
    public async Task A_revoked_token_is_refused_on_the_next_request_although_its_principal_was_cached(StorageKind kind)
    {
        var node = nodes[kind];
        using var client = await WebSession.ApiClientAsync(node, "kz.officer");
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/api/v1/me")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/api/v1/me")).StatusCode);

        var hash = ApiTokens.HashOf(client.DefaultRequestHeaders.Authorization!.Parameter!);
        var revoked = await node.InScopeAsync(async sp =>
        {
            var id = await sp.GetRequiredService<ConcordDbContext>().ApiTokens.Where(t => t.SecretHash == hash).Select(t => t.Id).SingleAsync();
            return await sp.GetRequiredService<ApiTokens>().RevokeAsync(Actor.System, id);
        });

        Assert.True(revoked);
        Assert.Equal(HttpStatusCode.Unauthorized, (await client.GetAsync("/api/v1/me")).StatusCode);
    }

    [Theory]
    [InlineData(StorageKind.Sqlite)]
    [InlineData(StorageKind.Postgres)]
    public async Task An_unknown_token_is_refused_and_not_cached(StorageKind kind)
    {
        using var client = nodes[kind].CreateClient();
        client.DefaultRequestHeaders.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", ApiTokens.Prefix + "not-a-token");
        Assert.Equal(HttpStatusCode.Unauthorized, (await client.GetAsync("/api/v1/me")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await client.GetAsync("/api/v1/me")).StatusCode);
    }
}
