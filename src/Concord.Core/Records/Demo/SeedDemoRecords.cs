using System.IO.Compression;
using Concord.Core.Access;
using Concord.Core.Audit;
using Concord.Core.Data;
using Concord.Core.Directory;
using Concord.Core.Records.Imports;
using Microsoft.EntityFrameworkCore;

namespace Concord.Core.Records.Demo;

public sealed record DemoSeedOutcome(int Synthetic, int UnList);

/// <summary>
/// Fills a new database with the demo set: synthetic persons, organisations, incidents and materials owned by the
/// law-enforcement agencies of the ten member states and RATS, plus the UN Security Council Consolidated List
/// (shipped in data/demo, imported as the RATS Executive Committee's records). Only when the database holds no records.
/// </summary>
public sealed class SeedDemoRecords(ConcordDbContext db, RecordImporter importer)
{
    public const int Seed = 20040617;
    private const string UnListResource = "Concord.Demo.un-consolidated.xml.gz";

    public async Task<DemoSeedOutcome> ExecuteAsync(int persons, bool unList, CancellationToken cancellationToken = default)
    {
        if (await db.Records.AnyAsync(cancellationToken))
        {
            return new DemoSeedOutcome(0, 0);
        }
        var synthetic = await SeedSyntheticAsync(persons, cancellationToken);
        var un = 0;
        if (unList)
        {
            await using var gz = typeof(SeedDemoRecords).Assembly.GetManifestResourceStream(UnListResource);
            if (gz is not null)
            {
                await using var xml = new GZipStream(gz, CompressionMode.Decompress);
                var parsed = UnListParser.Parse(xml, new ImportDefaults
                {
                    ReviewDate = RecordStore.Today(db.Time).AddYears(1).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
                }, 64L << 20);
                if (parsed.IsSuccess)
                {
                    var outcome = await importer.ExecuteAsync(Caller.System, RecordCodes.RatsOrganisationId, RecordOrigins.UnList, parsed.Value, null, cancellationToken);
                    un = outcome.IsSuccess ? outcome.Value.Created : 0;
                }
            }
        }
        return new DemoSeedOutcome(synthetic, un);
    }

    /// <summary>Writes the synthetic set in bulk (also used by the benchmark for 100,000 records).</summary>
    public async Task<int> SeedSyntheticAsync(int persons, CancellationToken cancellationToken = default)
    {
        var organisations = await db.Organisations.AsNoTracking().ToListAsync(cancellationToken);
        var owners = organisations
            .Where(o => o.Kind == OrganisationKinds.NationalAgency && o.DomainId == "law-enforcement" && o.StateCode is not null)
            .Select(o => new DemoOwner(o.Id, o.StateCode))
            .Append(new DemoOwner(RecordCodes.RatsOrganisationId, null))
            .OrderBy(o => o.OrganisationId, StringComparer.Ordinal)
            .ToList();
        var today = RecordStore.Today(db.Time);
        var now = db.Time.GetUtcNow();
        var drafts = DemoRecordGenerator.Generate(persons, owners, today, Seed, out var ownerOfEach);
        var random = new Random(Seed);
        var written = new List<(string Id, string Kind, DemoOwner Owner)>(drafts.Count);
        var usedIds = new HashSet<string>(StringComparer.Ordinal);
        var caller = new Caller(Caller.System.Subject, new Actor("system", "demo data", ""), "");
        db.ChangeTracker.AutoDetectChangesEnabled = false;
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var pending = 0;
        async Task AddAsync(RecordDraft draft, DemoOwner owner)
        {
            var valid = RecordRules.Validate(draft, today, reviewDateMayBePast: true);
            if (!valid.IsSuccess)
            {
                throw new InvalidOperationException("A generated demo record breaks the rules: " + string.Join("; ", valid.Errors));
            }
            string id;
            do
            {
                id = RecordStore.NewId(owner.StateCode, random);
            }
            while (!usedIds.Add(id));
            var record = new Record
            {
                Id = id,
                Status = RecordCodes.Of(RecordStatus.Active),
                Version = 1,
                OwnerOrganisationId = owner.OrganisationId,
                OwnerStateCode = owner.StateCode,
                Origin = RecordOrigins.Demo,
                CreatedAt = now,
                CreatedBy = "demo data",
                UpdatedAt = now,
                UpdatedBy = "demo data",
            };
            RecordStore.Apply(record, valid.Value);
            db.Records.Add(record);
            db.RecordVersions.Add(RecordStore.Version(record, caller, "created", "synthetic demo data", now, valid.Value.Draft));
            written.Add((id, record.Kind, owner));
            if (++pending >= 2000)
            {
                await db.SaveChangesAsync(cancellationToken);
                db.ChangeTracker.Clear();
                pending = 0;
            }
        }
        for (var i = 0; i < drafts.Count; i++)
        {
            await AddAsync(drafts[i], ownerOfEach[i]);
        }
        foreach (var (draft, owner) in DemoRecordGenerator.Incidents(written, today, Math.Max(10, persons / 50), Seed))
        {
            await AddAsync(draft, owner);
        }
        db.Audit(new AuditEvent(Actor.System, "records.seed", "records:demo", AuditEvent.Success + ":" + written.Count.ToString(System.Globalization.CultureInfo.InvariantCulture), "synthetic demonstration data on a new database"));
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        db.ChangeTracker.Clear();
        db.ChangeTracker.AutoDetectChangesEnabled = true;
        return written.Count;
    }
}
