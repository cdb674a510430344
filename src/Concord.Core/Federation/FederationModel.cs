using Microsoft.EntityFrameworkCore;

namespace Concord.Core.Federation;

/// <summary>EF configuration of the federation tables: outbox, held items, envelope nonces, counters.</summary>
public static class FederationModel
{
    public static void Configure(ModelBuilder b)
    {
        ArgumentNullException.ThrowIfNull(b);
        b.Entity<OutboxEntry>(e =>
        {
            e.ToTable("Outbox");
            e.HasKey(x => x.Id);
            e.Property(x => x.NextHop).HasMaxLength(32);
            e.Property(x => x.Destination).HasMaxLength(32);
            e.Property(x => x.Origin).HasMaxLength(32);
            e.Property(x => x.Kind).HasMaxLength(16);
            e.Property(x => x.State).HasConversion<int>();
            e.Property(x => x.LastError).HasMaxLength(512);
            e.HasIndex(x => new { x.NextHop, x.Destination, x.Kind, x.ItemId }).IsUnique();
            e.HasIndex(x => new { x.State, x.NextHop, x.Id });
        });
        b.Entity<HeldItem>(e =>
        {
            e.ToTable("HeldItems");
            e.HasKey(x => x.Id);
            e.Property(x => x.Id).ValueGeneratedNever();
            e.Property(x => x.FromNode).HasMaxLength(32);
            e.HasIndex(x => new { x.FromNode, x.ThreadId, x.Sequence }).IsUnique();
        });
        b.Entity<EnvelopeNonce>(e =>
        {
            e.ToTable("EnvelopeNonces");
            e.HasKey(x => x.Jti);
            e.Property(x => x.Jti).HasMaxLength(64);
            e.Property(x => x.Node).HasMaxLength(32);
            e.HasIndex(x => x.SeenAt);
        });
        b.Entity<SequenceCounter>(e =>
        {
            e.ToTable("SequenceCounters");
            e.HasKey(x => x.Name);
            e.Property(x => x.Name).HasMaxLength(128);
        });
    }
}
