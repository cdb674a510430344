using Microsoft.EntityFrameworkCore;

namespace Concord.Core.Records;

/// <summary>The tables of the RATS database: records, their versions, and hit notices.</summary>
public static class RecordsModel
{
    public static void Configure(ModelBuilder modelBuilder)
    {
        ArgumentNullException.ThrowIfNull(modelBuilder);
        modelBuilder.Entity<Record>(e =>
        {
            e.ToTable("Records");
            e.HasKey(x => x.Id);
            e.Property(x => x.Id).HasMaxLength(32);
            e.Property(x => x.Kind).HasMaxLength(16);
            e.Property(x => x.Status).HasMaxLength(16);
            e.Property(x => x.OwnerOrganisationId).HasMaxLength(64);
            e.Property(x => x.OwnerStateCode).HasMaxLength(2);
            e.Property(x => x.HandlingCode).HasMaxLength(2);
            e.Property(x => x.HandlingConditions).HasMaxLength(1000);
            e.Property(x => x.Evaluation).HasMaxLength(2);
            e.Property(x => x.Source).HasMaxLength(1000);
            e.Property(x => x.Distribution).HasMaxLength(16);
            e.Property(x => x.DistributionStates).HasMaxLength(64);
            e.Property(x => x.LegalBasis).HasMaxLength(1000);
            e.Property(x => x.LegalReference).HasMaxLength(200);
            e.Property(x => x.Purpose).HasMaxLength(1000);
            e.Property(x => x.Origin).HasMaxLength(16);
            e.Property(x => x.ExternalId).HasMaxLength(200);
            e.Property(x => x.DisplayName).HasMaxLength(400);
            e.Property(x => x.ContentHash).HasMaxLength(64);
            e.Property(x => x.CreatedBy).HasMaxLength(256);
            e.Property(x => x.UpdatedBy).HasMaxLength(256);
            e.Property(x => x.StatusReason).HasMaxLength(1000);
            e.Property(x => x.Version).IsConcurrencyToken();
            e.HasIndex(x => new { x.OwnerOrganisationId, x.Status });
            e.HasIndex(x => new { x.Origin, x.ExternalId });
            e.HasIndex(x => x.ReviewDate);
            e.HasIndex(x => x.UpdatedAt);
        });
        modelBuilder.Entity<RecordVersion>(e =>
        {
            e.ToTable("RecordVersions");
            e.HasKey(x => x.Id);
            e.Property(x => x.RecordId).HasMaxLength(32);
            e.Property(x => x.ActorId).HasMaxLength(64);
            e.Property(x => x.ActorName).HasMaxLength(256);
            e.Property(x => x.OrganisationId).HasMaxLength(64);
            e.Property(x => x.Change).HasMaxLength(16);
            e.Property(x => x.Reason).HasMaxLength(1000);
            e.Property(x => x.Status).HasMaxLength(16);
            e.HasIndex(x => new { x.RecordId, x.Version }).IsUnique();
            e.HasOne<Record>().WithMany().HasForeignKey(x => x.RecordId).OnDelete(DeleteBehavior.Restrict);
        });
        modelBuilder.Entity<HitNotice>(e =>
        {
            e.ToTable("HitNotices");
            e.HasKey(x => x.Id);
            e.Property(x => x.RecordId).HasMaxLength(32);
            e.Property(x => x.OwnerOrganisationId).HasMaxLength(64);
            e.Property(x => x.SearcherUserId).HasMaxLength(64);
            e.Property(x => x.SearcherName).HasMaxLength(256);
            e.Property(x => x.SearcherOrganisationId).HasMaxLength(64);
            e.Property(x => x.SearcherStateCode).HasMaxLength(2);
            e.Property(x => x.Purpose).HasMaxLength(1000);
            e.Property(x => x.Query).HasMaxLength(1000);
            e.Property(x => x.Status).HasMaxLength(16);
            e.Property(x => x.DecidedBy).HasMaxLength(256);
            e.Property(x => x.Decision).HasMaxLength(4000);
            e.HasIndex(x => new { x.OwnerOrganisationId, x.Status, x.CreatedAt });
            e.HasIndex(x => new { x.SearcherUserId, x.CreatedAt });
            e.HasIndex(x => new { x.RecordId, x.SearcherUserId });
            e.HasOne<Record>().WithMany().HasForeignKey(x => x.RecordId).OnDelete(DeleteBehavior.Restrict);
        });
    }
}
