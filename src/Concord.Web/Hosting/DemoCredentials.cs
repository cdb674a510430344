using System.Collections.Concurrent;
using Concord.Core.Access;
using Concord.Core.Accounts;

namespace Concord.Web.Hosting;

/// <summary>
/// The demo accounts created by this process, with their one-time passwords. Printed once to the console (not to
/// the log); kept in memory only so that in-process tests can sign in.
/// </summary>
public sealed class DemoCredentials
{
    private readonly ConcurrentDictionary<string, CreatedAccount> _accounts = new(StringComparer.Ordinal);

    public void Add(IEnumerable<CreatedAccount> accounts)
    {
        ArgumentNullException.ThrowIfNull(accounts);
        foreach (var account in accounts)
        {
            _accounts[account.UserName] = account;
        }
    }

    public CreatedAccount? Find(string userName) => _accounts.TryGetValue(userName, out var a) ? a : null;

    public static void Print(IReadOnlyList<CreatedAccount> accounts, TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(accounts);
        ArgumentNullException.ThrowIfNull(output);
        if (accounts.Count == 0)
        {
            return;
        }
        output.WriteLine();
        output.WriteLine("Demo accounts (one-time passwords, shown only now; each must be changed at first sign-in;");
        output.WriteLine("administrator and auditor also enrol an authenticator app):");
        output.WriteLine();
        output.WriteLine($"  {"sign-in name",-22}{"one-time password",-20}{"roles",-22}organisation");
        foreach (var a in accounts)
        {
            var roles = string.Join(",", Roles.Split(a.Roles).Select(Roles.NameOf));
            output.WriteLine($"  {a.UserName,-22}{a.OneTimePassword,-20}{roles,-22}{a.OrganisationId}");
        }
        output.WriteLine();
    }
}
