using Concord.Core.Handling;
using Microsoft.EntityFrameworkCore;

namespace Concord.Core.Messages;

/// <summary>EF configuration of the messages feature (called from ConcordDbContext.OnModelCreating).</summary>
public static class MessagesModel
{
    /// <summary>Messages and the federation tables that carry them (outbox, held items, nonces, counters).</summary>
    public static void Configure(ModelBuilder b)
    {
        ArgumentNullException.ThrowIfNull(b);
        Federation.FederationModel.Configure(b);
        b.Entity<Message>(e =>
        {
            e.ToTable("Messages");
            e.HasKey(x => x.Id);
            e.Property(x => x.Id).ValueGeneratedNever();
            e.HasIndex(x => x.Position).IsUnique();
            e.HasIndex(x => x.ThreadId);
            e.HasIndex(x => new { x.FromUserId, x.IdempotencyKey }).IsUnique();
            e.HasIndex(x => new { x.IsOutgoing, x.Position });
            e.HasIndex(x => new { x.FromOrganisation, x.Position });
            e.Property(x => x.CaseReference).HasMaxLength(128);
            e.Property(x => x.Type).HasMaxLength(32).HasConversion(v => MessageNames.Of(v), v => MessageNames.ParseType(v));
            e.Property(x => x.Priority).HasMaxLength(16).HasConversion(v => MessageNames.Of(v), v => MessageNames.ParsePriority(v));
            e.Property(x => x.HandlingCode).HasMaxLength(2).HasConversion(v => Handling.Handling.Format(v), v => ParseHandling(v));
            e.Property(x => x.HandlingConditions).HasMaxLength(Handling.Handling.MaxConditionsLength);
            e.Property(x => x.Evaluation).HasMaxLength(2);
            e.Property(x => x.Subject).HasMaxLength(SendMessage.MaxSubjectLength);
            e.Property(x => x.Language).HasMaxLength(16);
            e.Property(x => x.FromNode).HasMaxLength(32);
            e.Property(x => x.FromOrganisation).HasMaxLength(64);
            e.Property(x => x.FromUserId).HasMaxLength(64);
            e.Property(x => x.FromUserName).HasMaxLength(256);
            e.Property(x => x.IdempotencyKey).HasMaxLength(128);
            e.Property(x => x.ReadByOrganisation).HasMaxLength(64);
            e.HasMany(x => x.Recipients).WithOne().HasForeignKey(r => r.MessageId).OnDelete(DeleteBehavior.Cascade);
            e.HasMany(x => x.Attachments).WithOne().HasForeignKey(a => a.MessageId).OnDelete(DeleteBehavior.Cascade);
            e.HasMany(x => x.Deliveries).WithOne().HasForeignKey(d => d.MessageId).OnDelete(DeleteBehavior.Cascade);
        });
        b.Entity<MessageRecipient>(e =>
        {
            e.ToTable("MessageRecipients");
            e.HasKey(x => new { x.MessageId, x.Address });
            e.Property(x => x.Address).HasMaxLength(64);
            e.Property(x => x.Node).HasMaxLength(32);
            e.Property(x => x.OrganisationId).HasMaxLength(64);
            e.HasIndex(x => new { x.OrganisationId, x.MessageId });
            e.HasIndex(x => new { x.Node, x.MessageId });
        });
        b.Entity<MessageAttachment>(e =>
        {
            e.ToTable("MessageAttachments");
            e.HasKey(x => new { x.MessageId, x.Index });
            e.Property(x => x.Name).HasMaxLength(256);
            e.Property(x => x.MediaType).HasMaxLength(128);
            e.Property(x => x.Sha256).HasMaxLength(64);
        });
        b.Entity<Delivery>(e =>
        {
            e.ToTable("Deliveries");
            e.HasKey(x => new { x.MessageId, x.Node });
            e.Property(x => x.Node).HasMaxLength(32);
            e.Property(x => x.NextHop).HasMaxLength(32);
            e.Property(x => x.State).HasMaxLength(16).HasConversion(v => MessageNames.Of(v), v => MessageNames.ParseState(v));
            e.Property(x => x.Error).HasMaxLength(512);
        });
    }

    private static HandlingCode ParseHandling(string v) =>
        Handling.Handling.TryParse(v, out var code) ? code : throw new FormatException("Unknown handling code " + v);
}
