using Concord.Core.Audit;
using Concord.Core.Data;
using Concord.Core.Directory;
using Microsoft.EntityFrameworkCore;

namespace Concord.Core.Reference;

/// <summary>
/// Loads a validated reference data set into the node's database, in one transaction, at start-up.
/// Idempotent: when the set's fingerprint equals the one loaded last, nothing is written.
/// Organisations and states are updated in place (accounts and later records refer to them);
/// the rest of the reference tables are replaced.
/// </summary>
public sealed class LoadReferenceData(ConcordDbContext db, Directory.OrganisationCache organisations)
{
    public sealed record Outcome(bool Changed, string Version, string Sha256);

    public async Task<Outcome> ExecuteAsync(ReferenceDataSet set, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(set);
        var loaded = await db.ReferenceDataVersions.AsNoTracking().FirstOrDefaultAsync(v => v.Id == 1, cancellationToken);
        if (loaded is not null && loaded.Sha256 == set.Sha256)
        {
            return new Outcome(false, set.Version, set.Sha256);
        }

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        await ClearReplaceableTablesAsync(cancellationToken);
        await UpsertSourcesAsync(set, cancellationToken);
        await UpsertStatesAsync(set, cancellationToken);
        await UpsertOrganisationsAsync(set, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);

        db.MeetingLevels.AddRange(set.Levels.Select(Copy));
        db.Domains.AddRange(set.Domains.Select(Copy));
        db.Matters.AddRange(set.Matters.Select(Copy));
        await db.SaveChangesAsync(cancellationToken);
        db.Competences.AddRange(set.Competences.Select(Copy));

        var version = await db.ReferenceDataVersions.FirstOrDefaultAsync(v => v.Id == 1, cancellationToken);
        if (version is null)
        {
            version = new ReferenceDataVersion { Id = 1 };
            db.ReferenceDataVersions.Add(version);
        }
        version.Version = set.Version;
        version.Sha256 = set.Sha256;
        version.LoadedAt = db.Time.GetUtcNow();
        db.Audit(new AuditEvent(Actor.System, "reference.load", $"reference-data:{set.Version}:{set.Sha256[..16]}", AuditEvent.Success));
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        db.ChangeTracker.Clear();
        organisations.Clear();
        return new Outcome(true, set.Version, set.Sha256);
    }

    private async Task ClearReplaceableTablesAsync(CancellationToken cancellationToken)
    {
        await db.Set<CompetentAgency>().ExecuteDeleteAsync(cancellationToken);
        await db.Competences.ExecuteDeleteAsync(cancellationToken);
        await db.Set<FormatParticipation>().ExecuteDeleteAsync(cancellationToken);
        await db.Set<FormatPart>().ExecuteDeleteAsync(cancellationToken);
        await db.MeetingFormats.ExecuteDeleteAsync(cancellationToken);
        await db.Domains.ExecuteDeleteAsync(cancellationToken);
        await db.MeetingLevels.ExecuteDeleteAsync(cancellationToken);
        await db.Matters.ExecuteDeleteAsync(cancellationToken);
        await db.Set<StateMembership>().ExecuteDeleteAsync(cancellationToken);
    }

    private async Task UpsertSourcesAsync(ReferenceDataSet set, CancellationToken cancellationToken)
    {
        var existing = await db.Sources.ToDictionaryAsync(s => s.Id, StringComparer.Ordinal, cancellationToken);
        foreach (var source in set.Sources)
        {
            if (existing.Remove(source.Id, out var row))
            {
                db.Entry(row).CurrentValues.SetValues(source);
            }
            else
            {
                db.Sources.Add(new Source
                {
                    Id = source.Id, Title = source.Title, Author = source.Author, Publisher = source.Publisher,
                    Date = source.Date, Url = source.Url, Language = source.Language,
                });
            }
        }
        db.Sources.RemoveRange(existing.Values);
    }

    private async Task UpsertStatesAsync(ReferenceDataSet set, CancellationToken cancellationToken)
    {
        var existing = await db.States.ToDictionaryAsync(s => s.Code, StringComparer.Ordinal, cancellationToken);
        foreach (var state in set.States)
        {
            if (!existing.Remove(state.Code, out var row))
            {
                row = new State { Code = state.Code };
                db.States.Add(row);
            }
            row.Name = state.Name;
            row.OfficialName = state.OfficialName;
            row.Capital = state.Capital;
            row.Sources = [.. state.Sources];
            row.Founding = state.Founding;
            row.Status = state.Status;
            row.StatusSince = state.StatusSince;
            row.Memberships = state.Memberships.Select(m => new StateMembership
            {
                StateCode = state.Code, Status = m.Status, From = m.From, To = m.To, Sources = [.. m.Sources], Notes = m.Notes,
            }).ToList();
        }
        // A state no longer in the data keeps its row (records may refer to it) but loses its status.
        foreach (var gone in existing.Values)
        {
            gone.Status = "";
        }
    }

    private async Task UpsertOrganisationsAsync(ReferenceDataSet set, CancellationToken cancellationToken)
    {
        var existing = await db.Organisations.ToDictionaryAsync(o => o.Id, StringComparer.Ordinal, cancellationToken);
        foreach (var organisation in set.Organisations)
        {
            if (!existing.Remove(organisation.Id, out var row))
            {
                row = new Organisation { Id = organisation.Id };
                db.Organisations.Add(row);
            }
            row.Kind = organisation.Kind;
            row.AgencyKind = organisation.AgencyKind;
            row.StateCode = organisation.StateCode;
            row.DomainId = organisation.DomainId;
            row.ParentId = organisation.ParentId;
            row.Name = organisation.Name;
            row.Abbreviation = organisation.Abbreviation;
            row.Seat = organisation.Seat;
            row.Role = organisation.Role;
            row.WorkingSince = organisation.WorkingSince;
            row.Established = organisation.Established;
            row.Sources = [.. organisation.Sources];
            row.Notes = organisation.Notes;
        }
        var referenced = await db.Users.Select(u => u.OrganisationId).Distinct().ToListAsync(cancellationToken);
        db.Organisations.RemoveRange(existing.Values.Where(o => !referenced.Contains(o.Id)));
    }

    private static MeetingLevel Copy(MeetingLevel l) => new()
    {
        Id = l.Id, Level = l.Level, Name = l.Name, Role = l.Role, Sources = [.. l.Sources],
    };

    private static SecurityDomain Copy(SecurityDomain d) => new()
    {
        Id = d.Id, Order = d.Order, Name = d.Name, Description = d.Description, Sources = [.. d.Sources],
        Formats = d.Formats.Select(f => new MeetingFormat
        {
            Id = f.Id, DomainId = f.DomainId, Order = f.Order, Name = f.Name, Level = f.Level, Since = f.Since,
            Sources = [.. f.Sources], Notes = f.Notes,
            Parts = f.Parts.Select(p => new FormatPart { FormatId = f.Id, Kind = p.Kind, Code = p.Code, Order = p.Order, Name = p.Name }).ToList(),
            Participation = f.Participation.Select(p => new FormatParticipation
            {
                FormatId = f.Id, StateCode = p.StateCode, AgencyIds = [.. p.AgencyIds], BlindSpot = p.BlindSpot, Notes = p.Notes, Sources = [.. p.Sources],
            }).ToList(),
        }).ToList(),
    };

    private static Matter Copy(Matter m) => new()
    {
        Id = m.Id, Order = m.Order, Name = m.Name, Description = m.Description, Sources = [.. m.Sources],
    };

    private static Competence Copy(Competence c) => new()
    {
        StateCode = c.StateCode, MatterId = c.MatterId, BlindSpot = c.BlindSpot, Notes = c.Notes, Sources = [.. c.Sources],
        Agencies = c.Agencies.Select(a => new CompetentAgency { AgencyId = a.AgencyId, Order = a.Order, Role = a.Role }).ToList(),
    };
}
