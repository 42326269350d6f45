using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ResumeExport.Adapters.Persistence.Redeliveries;

internal sealed class RedeliveryMessageConfiguration : IEntityTypeConfiguration<RedeliveryMessage>
{
    public void Configure(EntityTypeBuilder<RedeliveryMessage> builder)
    {
        builder.ToTable("redeliveries");
        builder.HasKey(m => m.Id);
        builder.Property(m => m.Id).ValueGeneratedNever();
        builder.Property(m => m.Kind).HasMaxLength(32);
        builder.Property(m => m.MessageType).HasMaxLength(256);
        builder.Property(m => m.Payload).HasColumnType("jsonb");
        builder.Property(m => m.LastErrorCode).HasMaxLength(64);
        builder.Property(m => m.LastError).HasMaxLength(RedeliveryMessage.LastErrorMaxLength);

        // The dispatcher's only query: what is due, oldest first.
        builder.HasIndex(m => m.DueAt).HasDatabaseName("ix_redeliveries_due_at");
        builder.HasIndex(m => new { m.Kind, m.ItemId }).HasDatabaseName("ix_redeliveries_item");
    }
}
