using Concord.Core.Access;
using Microsoft.AspNetCore.Identity;

namespace Concord.Core.Accounts;

/// <summary>Makes sure the six roles exist (start-up and `concord admin create`).</summary>
public sealed class EnsureRoles(RoleManager<IdentityRole> roles)
{
    public async Task ExecuteAsync()
    {
        foreach (var name in Roles.Names.Values)
        {
            if (!await roles.RoleExistsAsync(name))
            {
                var result = await roles.CreateAsync(new IdentityRole(name));
                if (!result.Succeeded)
                {
                    throw new InvalidOperationException("Could not create the role " + name + ": " + string.Join("; ", result.Errors.Select(e => e.Description)));
                }
            }
        }
    }
}
