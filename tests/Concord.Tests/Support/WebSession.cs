using System.Net;
using System.Net.Http.Headers;
using System.Text.RegularExpressions;
using OtpNet;

namespace Concord.Tests.Support;

/// <summary>Drives the server-rendered UI like a browser without script: forms with antiforgery tokens, cookies, redirects.</summary>
public static partial class WebSession
{
    public const string NewPassword = "Own-Password-2026x";

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex AntiforgeryField();

    [GeneratedRegex("id=\"shared-key\">([^<]+)<")]
    private static partial Regex SharedKeyField();

    public static async Task<string> GetPageAsync(HttpClient client, string path)
    {
        ArgumentNullException.ThrowIfNull(client);
        var response = await client.GetAsync(path);
        return await response.Content.ReadAsStringAsync();
    }

    /// <summary>GETs the page holding the form, then POSTs the fields with its antiforgery token.</summary>
    public static async Task<HttpResponseMessage> PostFormAsync(HttpClient client, string formPage, IDictionary<string, string> fields, string? postTo = null)
    {
        ArgumentNullException.ThrowIfNull(client);
        var html = await GetPageAsync(client, formPage);
        var token = AntiforgeryField().Match(html);
        var form = new Dictionary<string, string>(fields);
        if (token.Success)
        {
            form["__RequestVerificationToken"] = WebUtility.HtmlDecode(token.Groups[1].Value);
        }
        using var content = new FormUrlEncodedContent(form);
        return await client.PostAsync(postTo ?? formPage, content);
    }

    /// <summary>
    /// Signs a demo account in. The first time: with its one-time password, then sets its own password and, for
    /// administrators and auditors, enrols TOTP. Later: with its own password and, where enrolled, a TOTP code.
    /// </summary>
    public static async Task<HttpClient> SignInDemoAsync(TestNode node, string userName, string? acceptLanguage = null)
    {
        ArgumentNullException.ThrowIfNull(node);
        var account = node.Demo.Find(userName) ?? throw new InvalidOperationException("No demo account " + userName);
        var client = node.CreateClient(acceptLanguage: acceptLanguage);
        var known = node.Passwords.TryGetValue(userName, out var current);
        var response = await PostFormAsync(client, "/Account/SignIn", new Dictionary<string, string>
        {
            ["Input.UserName"] = userName,
            ["Input.Password"] = known ? current! : account.OneTimePassword,
        });
        var path = response.RequestMessage!.RequestUri!.AbsolutePath;
        if (path.StartsWith("/Account/TwoFactor", StringComparison.Ordinal))
        {
            response = await PostFormAsync(client, response.RequestMessage.RequestUri.PathAndQuery,
                new Dictionary<string, string> { ["Code"] = TotpNow(node.AuthenticatorKeys[userName]) });
            path = response.RequestMessage!.RequestUri!.AbsolutePath;
        }
        if (path.StartsWith("/Account/ChangePassword", StringComparison.Ordinal))
        {
            response = await PostFormAsync(client, "/Account/ChangePassword", new Dictionary<string, string>
            {
                ["Input.CurrentPassword"] = account.OneTimePassword,
                ["Input.NewPassword"] = NewPassword,
                ["Input.ConfirmPassword"] = NewPassword,
            });
            node.Passwords[userName] = NewPassword;
            path = response.RequestMessage!.RequestUri!.AbsolutePath;
        }
        if (path.StartsWith("/Account/EnrolTwoFactor", StringComparison.Ordinal))
        {
            var html = await response.Content.ReadAsStringAsync();
            var key = SharedKeyField().Match(html).Groups[1].Value.Replace(" ", "", StringComparison.Ordinal).ToUpperInvariant();
            node.AuthenticatorKeys[userName] = key;
            response = await PostFormAsync(client, "/Account/EnrolTwoFactor", new Dictionary<string, string> { ["Code"] = TotpNow(key) });
            var done = await response.Content.ReadAsStringAsync();
            if (!done.Contains("recovery-codes", StringComparison.Ordinal))
            {
                throw new InvalidOperationException("Enrolment failed for " + userName);
            }
            path = "/";
        }
        if (path.StartsWith("/Account/", StringComparison.Ordinal))
        {
            throw new InvalidOperationException($"Sign-in of {userName} ended on {path}");
        }
        return client;
    }

    public static string TotpNow(string base32Key) => new Totp(Base32Encoding.ToBytes(base32Key)).ComputeTotp();

    /// <summary>A client carrying an API token issued directly to an account (as an administrator would).</summary>
    public static async Task<HttpClient> ApiClientAsync(TestNode node, string userName)
    {
        ArgumentNullException.ThrowIfNull(node);
        var token = await node.InScopeAsync(async sp =>
        {
            var users = Microsoft.Extensions.DependencyInjection.ServiceProviderServiceExtensions.GetRequiredService<Microsoft.AspNetCore.Identity.UserManager<Core.Accounts.ConcordUser>>(sp);
            var user = await users.FindByNameAsync(userName) ?? throw new InvalidOperationException("No account " + userName);
            var tokens = Microsoft.Extensions.DependencyInjection.ServiceProviderServiceExtensions.GetRequiredService<Core.Accounts.ApiTokens>(sp);
            return await tokens.IssueAsync(Core.Audit.Actor.System, user.Id, "test");
        });
        var client = node.CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return client;
    }
}
