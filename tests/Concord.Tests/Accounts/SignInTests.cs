using System.Net;
using Concord.Core.Data;
using Concord.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Concord.Tests.Accounts;

/// <summary>Sign-in with one-time passwords, password policy, lockout and TOTP, each audited, on both databases.</summary>
public sealed class SignInTests
{
    [Theory]
    [InlineData(StorageKind.Sqlite)]
    [InlineData(StorageKind.Postgres)]
    public async Task A_demo_officer_must_replace_the_one_time_password_before_anything_else(StorageKind kind)
    {
        await using var node = await TestNode.StartAsync(kind);
        var account = node.Demo.Find("kz.officer")!;
        using var client = node.CreateClient();
        var response = await WebSession.PostFormAsync(client, "/Account/SignIn", new Dictionary<string, string>
        {
            ["Input.UserName"] = "kz.officer",
            ["Input.Password"] = account.OneTimePassword,
        });
        Assert.Equal("/Account/ChangePassword", response.RequestMessage!.RequestUri!.AbsolutePath);

        // Every other page sends the user back until the password is changed.
        var elsewhere = await client.GetAsync("/Directory");
        Assert.Equal("/Account/ChangePassword", elsewhere.RequestMessage!.RequestUri!.AbsolutePath);

        // A weak password is refused, by the field, with the policy's reason.
        var weak = await WebSession.PostFormAsync(client, "/Account/ChangePassword", new Dictionary<string, string>
        {
            ["Input.CurrentPassword"] = account.OneTimePassword,
            ["Input.NewPassword"] = "short1A",
            ["Input.ConfirmPassword"] = "short1A",
        });
        var html = await weak.Content.ReadAsStringAsync();
        Assert.Contains("at least 12 characters", html, StringComparison.Ordinal);
        Assert.Contains("data-valmsg-for=\"Input.NewPassword\"", html, StringComparison.Ordinal);

        var done = await WebSession.PostFormAsync(client, "/Account/ChangePassword", new Dictionary<string, string>
        {
            ["Input.CurrentPassword"] = account.OneTimePassword,
            ["Input.NewPassword"] = WebSession.NewPassword,
            ["Input.ConfirmPassword"] = WebSession.NewPassword,
        });
        Assert.Equal("/", done.RequestMessage!.RequestUri!.AbsolutePath);
        Assert.Equal("/Directory", (await client.GetAsync("/Directory")).RequestMessage!.RequestUri!.AbsolutePath);

        var actions = await AuditActionsAsync(node);
        Assert.Contains(("auth.sign-in", "success"), actions);
        Assert.Contains(("account.change-password", "failure:PasswordTooShort"), actions);
        Assert.Contains(("account.change-password", "success"), actions);
    }

    [Fact]
    public async Task Five_wrong_passwords_lock_the_account_and_every_attempt_is_audited()
    {
        await using var node = await TestNode.StartAsync(StorageKind.Sqlite);
        var account = node.Demo.Find("kg.officer")!;
        using var client = node.CreateClient();
        for (var i = 0; i < 5; i++)
        {
            var wrong = await WebSession.PostFormAsync(client, "/Account/SignIn", new Dictionary<string, string>
            {
                ["Input.UserName"] = "kg.officer",
                ["Input.Password"] = "Wrong-password-" + i,
            });
            Assert.Equal("/Account/SignIn", wrong.RequestMessage!.RequestUri!.AbsolutePath);
        }
        var locked = await WebSession.PostFormAsync(client, "/Account/SignIn", new Dictionary<string, string>
        {
            ["Input.UserName"] = "kg.officer",
            ["Input.Password"] = account.OneTimePassword,
        });
        Assert.Contains("locked", await locked.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        var actions = await AuditActionsAsync(node);
        Assert.Equal(4, actions.Count(a => a == ("auth.sign-in", "failure:bad-password")));
        Assert.Equal(2, actions.Count(a => a == ("auth.sign-in", "failure:locked-out")));
    }

    [Fact]
    public async Task An_unknown_sign_in_name_is_refused_and_audited_without_recording_what_was_typed()
    {
        await using var node = await TestNode.StartAsync(StorageKind.Sqlite);
        using var client = node.CreateClient();
        await WebSession.PostFormAsync(client, "/Account/SignIn", new Dictionary<string, string>
        {
            ["Input.UserName"] = "Secret-Typed-Into-Name",
            ["Input.Password"] = "whatever-it-was",
        });
        var entries = await node.InScopeAsync(sp => sp.GetRequiredService<ConcordDbContext>().AuditEntries.AsNoTracking().ToListAsync());
        var failure = Assert.Single(entries, e => e.Action == "auth.sign-in");
        Assert.Equal("failure:unknown-account", failure.Outcome);
        Assert.DoesNotContain(entries, e => (e.ActorName + e.Object + e.Purpose).Contains("Secret-Typed", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData(StorageKind.Sqlite)]
    [InlineData(StorageKind.Postgres)]
    public async Task Administrators_enrol_an_authenticator_and_then_need_its_code_to_sign_in(StorageKind kind)
    {
        await using var node = await TestNode.StartAsync(kind);
        using (var first = await WebSession.SignInDemoAsync(node, "admin"))
        {
            Assert.True(node.AuthenticatorKeys.ContainsKey("admin"));
            Assert.Equal("/", (await first.GetAsync("/")).RequestMessage!.RequestUri!.AbsolutePath);
        }
        using var client = node.CreateClient();
        var afterPassword = await WebSession.PostFormAsync(client, "/Account/SignIn", new Dictionary<string, string>
        {
            ["Input.UserName"] = "admin",
            ["Input.Password"] = WebSession.NewPassword,
        });
        Assert.Equal("/Account/TwoFactor", afterPassword.RequestMessage!.RequestUri!.AbsolutePath);
        // Not signed in yet: protected pages still send the user to sign in.
        Assert.Equal("/Account/SignIn", (await client.GetAsync("/Structure")).RequestMessage!.RequestUri!.AbsolutePath);

        var bad = await WebSession.PostFormAsync(client, "/Account/TwoFactor", new Dictionary<string, string> { ["Code"] = "000000" });
        Assert.Contains("not valid", await bad.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        var good = await WebSession.PostFormAsync(client, "/Account/TwoFactor", new Dictionary<string, string>
        {
            ["Code"] = WebSession.TotpNow(node.AuthenticatorKeys["admin"]),
        });
        Assert.Equal("/", good.RequestMessage!.RequestUri!.AbsolutePath);
        var actions = await AuditActionsAsync(node);
        Assert.Contains(("account.enrol-two-factor", "success"), actions);
        Assert.Contains(("auth.sign-in", "failure:bad-second-factor"), actions);
        Assert.Contains(("auth.sign-in", "success:two-factor"), actions);
    }

    [Fact]
    public async Task Until_an_auditor_has_enrolled_a_second_factor_the_audit_log_is_out_of_reach()
    {
        await using var node = await TestNode.StartAsync(StorageKind.Sqlite);
        var account = node.Demo.Find("auditor")!;
        using var client = node.CreateClient(followRedirects: false);
        var signIn = await WebSession.PostFormAsync(client, "/Account/SignIn", new Dictionary<string, string>
        {
            ["Input.UserName"] = "auditor",
            ["Input.Password"] = account.OneTimePassword,
        });
        Assert.Equal(HttpStatusCode.Redirect, signIn.StatusCode);
        var audit = await client.GetAsync("/Audit");
        Assert.Equal(HttpStatusCode.Redirect, audit.StatusCode);
        Assert.StartsWith("/Account/ChangePassword", audit.Headers.Location!.OriginalString, StringComparison.Ordinal);
    }

    private static Task<List<(string Action, string Outcome)>> AuditActionsAsync(TestNode node) =>
        node.InScopeAsync(async sp => (await sp.GetRequiredService<ConcordDbContext>().AuditEntries.AsNoTracking()
            .OrderBy(e => e.Sequence).Select(e => new { e.Action, e.Outcome }).ToListAsync())
            .Select(e => (e.Action, e.Outcome)).ToList());
}
