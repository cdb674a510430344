using System.CommandLine;
using Concord.Cli.Hosting;
using Concord.Core;
using Concord.Core.Access;
using Concord.Core.Accounts;
using Microsoft.Extensions.DependencyInjection;

namespace Concord.Cli.Accounts;

/// <summary>`concord admin create`: the first administrator of a production node (or another one later).</summary>
public static class AdminCreateCommand
{
    public static Command Create()
    {
        var user = new Option<string>("--user") { Description = "Sign-in name of the new administrator (Latin letters, digits, . _ - @).", Required = true };
        var organisation = new Option<string>("--organisation") { Description = "Organisation id from the reference data, e.g. rats-executive-committee or kz-mvd.", DefaultValueFactory = _ => "rats-executive-committee" };
        var name = new Option<string?>("--name") { Description = "Display name." };
        var create = new Command("create", "Create an administrator account with a one-time password (printed once). Migrates the database and loads reference data first.")
        {
            user, organisation, name,
        };
        create.SetAction(async (parse, ct) =>
        {
            using var host = CliHost.Build();
            await using var scope = host.Services.CreateAsyncScope();
            await scope.ServiceProvider.GetRequiredService<NodeStartup>().ExecuteAsync(ct);
            var userName = parse.GetValue(user)!;
            var result = await scope.ServiceProvider.GetRequiredService<CreateAccount>().ExecuteAsync(
                CliHost.Operator,
                new NewAccount(userName, parse.GetValue(name) ?? "Administrator", parse.GetValue(organisation)!, Role.Administrator),
                ct);
            if (!result.IsSuccess)
            {
                foreach (var error in result.Errors)
                {
                    await Console.Error.WriteLineAsync("error: " + error.Message);
                }
                return ConcordCli.InputErrors;
            }
            Console.WriteLine($"Created administrator '{result.Value.UserName}' in {result.Value.OrganisationId}.");
            Console.WriteLine($"One-time password: {result.Value.OneTimePassword}");
            Console.WriteLine("At first sign-in the administrator sets a new password and enrols an authenticator app (TOTP).");
            return ConcordCli.Success;
        });
        return new Command("admin", "Accounts and administration.") { create };
    }
}
