using System.CommandLine;
using Concord.Cli.Hosting;
using Concord.Core.Audit;
using Concord.Core.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Concord.Cli.Audit;

/// <summary>`concord audit verify`: recompute the hash chain of the node's audit log; non-zero exit when tampered.</summary>
public static class AuditVerifyCommand
{
    public const int Tampered = 3;

    public static Command Create()
    {
        var head = new Option<string?>("--expected-head") { Description = "A head recorded earlier, as SEQUENCE:HASH (shown on the audit page); also detects truncation or a rewritten chain." };
        var verify = new Command("verify", "Verify the audit log: report the first modified, deleted, inserted or reordered entry. Exit 0 intact, 3 tampered, 1 no database.") { head };
        verify.SetAction(async (parse, ct) =>
        {
            using var host = CliHost.Build();
            await using var scope = host.Services.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<ConcordDbContext>();
            if (!await CliHost.HasDatabaseAsync(db, ct))
            {
                await Console.Error.WriteLineAsync("error: " + CliHost.NoDatabase);
                return ConcordCli.InputErrors;
            }
            var result = await scope.ServiceProvider.GetRequiredService<VerifyAuditLog>().ExecuteAsync(CliHost.Operator, parse.GetValue(head), ct);
            var v = result.Value;
            if (v.Intact)
            {
                Console.WriteLine($"intact: {v.EntriesChecked} entries, head {v.LastSequence}:{v.HeadHash}");
                return ConcordCli.Success;
            }
            var problem = v.FirstProblem!;
            Console.WriteLine($"TAMPERED: {problem.Kind.ToString().ToLowerInvariant()} at entry {problem.Sequence}: {problem.Message}");
            return Tampered;
        });
        return new Command("audit", "The audit log.") { verify };
    }
}
