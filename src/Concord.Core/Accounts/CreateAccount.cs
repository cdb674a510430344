using Concord.Core.Access;
using Concord.Core.Audit;
using Concord.Core.Data;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace Concord.Core.Accounts;

public sealed record NewAccount(string UserName, string DisplayName, string OrganisationId, Role Roles, string PreferredLanguage = "en", bool IsServiceAccount = false);

/// <summary>The account that was made, with the one-time password to hand to its holder (shown once, never stored in clear).</summary>
public sealed record CreatedAccount(string UserId, string UserName, string OneTimePassword, string OrganisationId, Role Roles);

/// <summary>
/// Creates an account in an organisation with roles and a generated one-time password that must be changed at
/// first sign-in. The account, its roles and the audit entry are written in one transaction.
/// </summary>
public sealed class CreateAccount(ConcordDbContext db, UserManager<ConcordUser> users)
{
    public async Task<Result<CreatedAccount>> ExecuteAsync(Caller caller, NewAccount input, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(input);
        var organisation = await db.Organisations.AsNoTracking().FirstOrDefaultAsync(o => o.Id == input.OrganisationId, cancellationToken);
        var resource = new Resource.Account("new:" + input.UserName, input.OrganisationId, organisation?.StateCode);
        var decision = AccessPolicy.Decide(caller.Subject, AccessAction.Create, resource);
        var error = !decision.Allowed ? AccessErrors.Denied(decision)
            : organisation is null ? AccountErrors.UnknownOrganisation(input.OrganisationId)
            : !organisation.CanHaveUsers ? AccountErrors.OrganisationCannotHaveUsers(input.OrganisationId)
            : input.Roles == Role.None ? AccountErrors.NoRole()
            : await users.FindByNameAsync(input.UserName) is not null ? AccountErrors.UserNameTaken(input.UserName)
            : null;
        if (error is not null)
        {
            var outcome = decision.Allowed ? AuditEvent.Failure + ":" + error.Code : AuditEvent.Denied + ":" + decision.Reason;
            db.Audit(new AuditEvent(caller.Actor, "account.create", resource.AuditName, outcome, "organisation=" + input.OrganisationId, caller.Client));
            await db.SaveChangesAsync(cancellationToken);
            return error;
        }

        var password = OneTimePassword.Generate();
        var user = new ConcordUser
        {
            UserName = input.UserName,
            DisplayName = input.DisplayName,
            OrganisationId = organisation!.Id,
            PreferredLanguage = input.PreferredLanguage,
            MustChangePassword = !input.IsServiceAccount,
            IsServiceAccount = input.IsServiceAccount,
            CreatedAt = db.Time.GetUtcNow(),
            LockoutEnabled = true,
        };

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var created = await users.CreateAsync(user, password);
        if (created.Succeeded)
        {
            created = await users.AddToRolesAsync(user, Roles.Split(input.Roles).Select(Roles.NameOf));
        }
        if (!created.Succeeded)
        {
            await transaction.RollbackAsync(cancellationToken);
            db.ChangeTracker.Clear();
            var errors = created.Errors.Select(e => AccountErrors.Identity(e.Code, e.Description)).ToList();
            db.Audit(new AuditEvent(caller.Actor, "account.create", resource.AuditName, AuditEvent.Failure + ":" + errors[0].Code, "organisation=" + input.OrganisationId, caller.Client));
            await db.SaveChangesAsync(cancellationToken);
            return Result<CreatedAccount>.Failure(errors);
        }
        db.Audit(new AuditEvent(caller.Actor, "account.create", "account:" + user.Id, AuditEvent.Success,
            $"user={user.UserName};organisation={organisation.Id};roles={string.Join(',', Roles.Split(input.Roles).Select(Roles.NameOf))}", caller.Client));
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return new CreatedAccount(user.Id, user.UserName, password, organisation.Id, input.Roles);
    }
}
