using Concord.Core.Access;
using Concord.Core.Data;
using Concord.Core.Directory;
using Microsoft.EntityFrameworkCore;

namespace Concord.Core.Accounts;

/// <summary>
/// On a new database with Concord:Demo on, creates one account per typical user of the platform, each with a fresh
/// random one-time password (never a fixed one). Returns them so that the node can print them once.
/// </summary>
public sealed class CreateDemoAccounts(ConcordDbContext db, CreateAccount createAccount)
{
    /// <summary>Who the demo accounts are: sign-in name, organisation (state + agency kind, or a body id), roles, language,
    /// and a fictitious person's name written as its holder would write it (shown as is in every UI language).</summary>
    public static readonly IReadOnlyList<(string UserName, string? State, string OrganisationHint, Role Roles, string Language, string DisplayName)> Plan =
    [
        ("kz.officer", "KZ", "interior-ministry", Role.Officer, "ru", "Ерлан Сапаров"),
        ("kg.officer", "KG", "security-service", Role.Officer, "ru", "Айбек Джумабаев"),
        ("cn.analyst", "CN", "public-security-ministry", Role.Analyst, "zh", "王磊"),
        ("ru.supervisor", "RU", "interior-ministry", Role.Supervisor, "ru", "Андрей Волков"),
        ("uz.coordinator", "UZ", "security-service", Role.NationalCoordinator, "ru", "Шерзод Каримов"),
        ("rats.analyst", null, "rats-executive-committee", Role.Analyst, "ru", "Дильноза Рахимова"),
        ("secretariat.officer", null, "secretariat", Role.Officer, "zh", "李静"),
        ("auditor", null, "rats-executive-committee", Role.Auditor, "en", "Gulnara Tokayeva"),
        ("admin", null, "rats-executive-committee", Role.Administrator, "en", "Timur Rakhmonov"),
    ];

    public async Task<IReadOnlyList<CreatedAccount>> ExecuteAsync(CancellationToken cancellationToken = default)
    {
        if (await db.Users.AnyAsync(cancellationToken))
        {
            return [];
        }
        var organisations = await db.Organisations.AsNoTracking().ToListAsync(cancellationToken);
        var created = new List<CreatedAccount>();
        foreach (var (userName, state, hint, roles, language, displayName) in Plan)
        {
            var organisation = Pick(organisations, state, hint);
            if (organisation is null)
            {
                continue;
            }
            var result = await createAccount.ExecuteAsync(Caller.System, new NewAccount(userName, displayName, organisation.Id, roles, language), cancellationToken);
            if (!result.IsSuccess)
            {
                throw new InvalidOperationException("Could not create the demo account " + userName + ": " + string.Join("; ", result.Errors));
            }
            created.Add(result.Value);
        }
        return created;
    }

    private static Organisation? Pick(List<Organisation> organisations, string? state, string hint) =>
        state is null
            ? organisations.FirstOrDefault(o => o.Id == hint) ?? organisations.FirstOrDefault(o => o.Kind == OrganisationKinds.PermanentBody && o.Id.Contains(hint.Split('-')[0], StringComparison.Ordinal))
            : organisations.FirstOrDefault(o => o.StateCode == state && o.AgencyKind == hint && o.Kind == OrganisationKinds.NationalAgency)
              ?? organisations.FirstOrDefault(o => o.StateCode == state && o.Kind == OrganisationKinds.NationalAgency);
}
