using Concord.Core.Accounts;
using Concord.Core.Audit;
using Concord.Core.Directory;
using Concord.Core.Records;
using Concord.Core.Federation;
using Concord.Core.Messages;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Concord.Core.Data;

/// <summary>
/// The one model of a Concord node. Each database provider has a subclass with its own migrations
/// (<see cref="SqliteConcordDbContext"/>, <see cref="PostgresConcordDbContext"/>).
/// Audit events queued with <see cref="Audit"/> are written in the same transaction as the changes saved with them.
/// </summary>
public abstract class ConcordDbContext : DbContext
{
    private readonly List<AuditEvent> _pendingAudit = [];
    private readonly TimeProvider _time;

    protected ConcordDbContext(DbContextOptions options, TimeProvider? time)
        : base(options)
    {
        _time = time ?? TimeProvider.System;
    }

    public DbSet<ConcordUser> Users => Set<ConcordUser>();
    public DbSet<ApiToken> ApiTokens => Set<ApiToken>();
    public DbSet<AuditEntry> AuditEntries => Set<AuditEntry>();
    public DbSet<Source> Sources => Set<Source>();
    public DbSet<State> States => Set<State>();
    public DbSet<Organisation> Organisations => Set<Organisation>();
    public DbSet<MeetingLevel> MeetingLevels => Set<MeetingLevel>();
    public DbSet<SecurityDomain> Domains => Set<SecurityDomain>();
    public DbSet<MeetingFormat> MeetingFormats => Set<MeetingFormat>();
    public DbSet<Matter> Matters => Set<Matter>();
    public DbSet<Competence> Competences => Set<Competence>();
    public DbSet<ReferenceDataVersion> ReferenceDataVersions => Set<ReferenceDataVersion>();
    public DbSet<Record> Records => Set<Record>();
    public DbSet<RecordVersion> RecordVersions => Set<RecordVersion>();
    public DbSet<HitNotice> HitNotices => Set<HitNotice>();
    public DbSet<Message> Messages => Set<Message>();
    public DbSet<MessageRecipient> MessageRecipients => Set<MessageRecipient>();
    public DbSet<MessageAttachment> MessageAttachments => Set<MessageAttachment>();
    public DbSet<Delivery> Deliveries => Set<Delivery>();
    public DbSet<OutboxEntry> Outbox => Set<OutboxEntry>();
    public DbSet<HeldItem> HeldItems => Set<HeldItem>();
    public DbSet<EnvelopeNonce> EnvelopeNonces => Set<EnvelopeNonce>();

    public TimeProvider Time => _time;

    /// <summary>Queues an audit entry; it is written by the next SaveChanges, in the same transaction.</summary>
    public void Audit(AuditEvent auditEvent) => _pendingAudit.Add(auditEvent);

    /// <summary>Takes the lock that serialises appends to the audit chain within the current transaction.</summary>
    protected abstract Task LockAuditChainAsync(CancellationToken cancellationToken);

    public override int SaveChanges(bool acceptAllChangesOnSuccess) =>
        SaveChangesAsync(acceptAllChangesOnSuccess).GetAwaiter().GetResult();

    public override async Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken = default)
    {
        if (_pendingAudit.Count == 0)
        {
            return await base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
        }

        var ownTransaction = Database.CurrentTransaction is null;
        var transaction = ownTransaction ? await Database.BeginTransactionAsync(cancellationToken) : null;
        try
        {
            await LockAuditChainAsync(cancellationToken);
            await AppendPendingAuditAsync(cancellationToken);
            var written = await base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
            if (transaction is not null)
            {
                await transaction.CommitAsync(cancellationToken);
            }
            return written;
        }
        catch
        {
            // The entries were not written: drop them from the change tracker so a retry starts clean.
            foreach (var entry in ChangeTracker.Entries<AuditEntry>().Where(e => e.State == EntityState.Added).ToList())
            {
                entry.State = EntityState.Detached;
            }
            throw;
        }
        finally
        {
            _pendingAudit.Clear();
            if (transaction is not null)
            {
                await transaction.DisposeAsync();
            }
        }
    }

    /// <summary>
    /// Appends the queued audit entries now, in the current transaction, with direct inserts instead of change
    /// tracking (<see cref="DirectWriter"/>): for transactions that write hundreds of entries (the intake of a batch of
    /// envelopes, the recording of a batch of receipts). Takes the audit lock like SaveChanges, so call it after the
    /// counters and before any tracked change is saved; the chain is the same as SaveChanges would have written.
    /// </summary>
    public async Task FlushAuditAsync(CancellationToken cancellationToken = default)
    {
        if (_pendingAudit.Count == 0)
        {
            return;
        }
        if (Database.CurrentTransaction is null)
        {
            throw new InvalidOperationException("FlushAuditAsync runs inside the caller's transaction.");
        }
        await LockAuditChainAsync(cancellationToken);
        var entries = await ChainPendingAuditAsync(cancellationToken);
        _pendingAudit.Clear();
        await new DirectWriter(this).InsertAsync(entries, cancellationToken);
    }

    private async Task AppendPendingAuditAsync(CancellationToken cancellationToken)
    {
        foreach (var entry in await ChainPendingAuditAsync(cancellationToken))
        {
            AuditEntries.Add(entry);
        }
    }

    /// <summary>The queued events as entries chained to the current head of the log (call with the audit lock held).</summary>
    private async Task<List<AuditEntry>> ChainPendingAuditAsync(CancellationToken cancellationToken)
    {
        var head = await AuditEntries.AsNoTracking()
            .OrderByDescending(e => e.Sequence)
            .Select(e => new { e.Sequence, e.Hash })
            .FirstOrDefaultAsync(cancellationToken);
        var sequence = head?.Sequence ?? 0;
        var previous = head?.Hash ?? AuditCanonical.Genesis;
        var now = AuditCanonical.Truncate(_time.GetUtcNow());
        var entries = new List<AuditEntry>(_pendingAudit.Count);
        foreach (var e in _pendingAudit)
        {
            var entry = new AuditEntry
            {
                Sequence = ++sequence,
                Time = now,
                ActorId = e.Actor.Id,
                ActorName = e.Actor.Name,
                OrganisationId = e.Actor.OrganisationId,
                Action = e.Action,
                Object = e.Object,
                Purpose = e.Purpose,
                Outcome = e.Outcome,
                Client = e.Client,
                PreviousHash = previous,
            };
            entry.Hash = AuditCanonical.HashOf(entry);
            previous = entry.Hash;
            entries.Add(entry);
        }
        return entries;
    }

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        ArgumentNullException.ThrowIfNull(modelBuilder);
        IdentitySchema.Configure(modelBuilder);
        ConfigureAudit(modelBuilder);
        ConfigureDirectory(modelBuilder);
        RecordsModel.Configure(modelBuilder);
        MessagesModel.Configure(modelBuilder);
    }

    private static void ConfigureAudit(ModelBuilder b) => b.Entity<AuditEntry>(e =>
    {
        e.ToTable("AuditEntries");
        e.HasKey(x => x.Sequence);
        e.Property(x => x.Sequence).ValueGeneratedNever();
        e.Property(x => x.ActorId).HasMaxLength(64);
        e.Property(x => x.ActorName).HasMaxLength(256);
        e.Property(x => x.OrganisationId).HasMaxLength(64);
        e.Property(x => x.Action).HasMaxLength(64);
        e.Property(x => x.Object).HasMaxLength(512);
        e.Property(x => x.Purpose).HasMaxLength(1000);
        e.Property(x => x.Outcome).HasMaxLength(128);
        e.Property(x => x.Client).HasMaxLength(64);
        e.Property(x => x.PreviousHash).HasMaxLength(64);
        e.Property(x => x.Hash).HasMaxLength(64);
        e.HasIndex(x => x.Time);
        e.HasIndex(x => x.ActorId);
        e.HasIndex(x => x.Action);
    });

    private static void ConfigureDirectory(ModelBuilder b)
    {
        b.Entity<Source>(e =>
        {
            e.ToTable("Sources");
            e.HasKey(x => x.Id);
        });
        b.Entity<State>(e =>
        {
            e.ToTable("States");
            e.HasKey(x => x.Code);
            e.Property(x => x.Code).HasMaxLength(2);
            Text(e.OwnsOne(x => x.Name));
            Text(e.OwnsOne(x => x.OfficialName));
            Text(e.OwnsOne(x => x.Capital));
            e.HasMany(x => x.Memberships).WithOne().HasForeignKey(m => m.StateCode);
        });
        b.Entity<StateMembership>(e =>
        {
            e.ToTable("StateMemberships");
            e.HasKey(x => x.Id);
            Text(e.OwnsOne(x => x.Notes));
        });
        b.Entity<Organisation>(e =>
        {
            e.ToTable("Organisations");
            e.HasKey(x => x.Id);
            e.Property(x => x.Id).HasMaxLength(64);
            e.HasIndex(x => new { x.StateCode, x.DomainId });
            Text(e.OwnsOne(x => x.Name));
            Text(e.OwnsOne(x => x.Abbreviation));
            Text(e.OwnsOne(x => x.Seat));
            Text(e.OwnsOne(x => x.Role));
            Text(e.OwnsOne(x => x.Notes));
        });
        b.Entity<MeetingLevel>(e =>
        {
            e.ToTable("MeetingLevels");
            e.HasKey(x => x.Id);
            Text(e.OwnsOne(x => x.Name));
            Text(e.OwnsOne(x => x.Role));
        });
        b.Entity<SecurityDomain>(e =>
        {
            e.ToTable("SecurityDomains");
            e.HasKey(x => x.Id);
            Text(e.OwnsOne(x => x.Name));
            Text(e.OwnsOne(x => x.Description));
            e.HasMany(x => x.Formats).WithOne().HasForeignKey(f => f.DomainId);
        });
        b.Entity<MeetingFormat>(e =>
        {
            e.ToTable("MeetingFormats");
            e.HasKey(x => x.Id);
            Text(e.OwnsOne(x => x.Name));
            Text(e.OwnsOne(x => x.Notes));
            e.HasMany(x => x.Parts).WithOne().HasForeignKey(p => p.FormatId);
            e.HasMany(x => x.Participation).WithOne().HasForeignKey(p => p.FormatId);
        });
        b.Entity<FormatPart>(e =>
        {
            e.ToTable("FormatParts");
            e.HasKey(x => x.Id);
            Text(e.OwnsOne(x => x.Name));
        });
        b.Entity<FormatParticipation>(e =>
        {
            e.ToTable("FormatParticipation");
            e.HasKey(x => x.Id);
            Text(e.OwnsOne(x => x.BlindSpot));
            Text(e.OwnsOne(x => x.Notes));
        });
        b.Entity<Matter>(e =>
        {
            e.ToTable("Matters");
            e.HasKey(x => x.Id);
            Text(e.OwnsOne(x => x.Name));
            Text(e.OwnsOne(x => x.Description));
        });
        b.Entity<Competence>(e =>
        {
            e.ToTable("Competences");
            e.HasKey(x => x.Id);
            e.HasIndex(x => new { x.StateCode, x.MatterId }).IsUnique();
            Text(e.OwnsOne(x => x.BlindSpot));
            Text(e.OwnsOne(x => x.Notes));
            e.HasMany(x => x.Agencies).WithOne().HasForeignKey(a => a.CompetenceId);
            e.HasOne<State>().WithMany().HasForeignKey(x => x.StateCode).OnDelete(DeleteBehavior.Restrict);
            e.HasOne<Matter>().WithMany().HasForeignKey(x => x.MatterId).OnDelete(DeleteBehavior.Restrict);
        });
        b.Entity<CompetentAgency>(e =>
        {
            e.ToTable("CompetentAgencies");
            e.HasKey(x => x.Id);
            Text(e.OwnsOne(x => x.Role));
            e.HasOne<Organisation>().WithMany().HasForeignKey(x => x.AgencyId).OnDelete(DeleteBehavior.Restrict);
        });
        b.Entity<ReferenceDataVersion>(e =>
        {
            e.ToTable("ReferenceDataVersions");
            e.HasKey(x => x.Id);
        });
    }

    /// <summary>A localised text as three columns: Name_En, Name_Zh, Name_Ru.</summary>
    private static void Text<TOwner>(OwnedNavigationBuilder<TOwner, LocalizedText> text)
        where TOwner : class
    {
        text.Property(t => t.En).HasColumnName(text.Metadata.PrincipalToDependent!.Name + "_En");
        text.Property(t => t.Zh).HasColumnName(text.Metadata.PrincipalToDependent!.Name + "_Zh");
        text.Property(t => t.Ru).HasColumnName(text.Metadata.PrincipalToDependent!.Name + "_Ru");
    }
}
