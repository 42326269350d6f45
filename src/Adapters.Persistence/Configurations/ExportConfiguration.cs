using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using ResumeExport.Domain.Exports;
using ResumeExport.Domain.Users;

namespace ResumeExport.Adapters.Persistence.Configurations;

internal sealed class ExportConfiguration : IEntityTypeConfiguration<Export>
{
    public void Configure(EntityTypeBuilder<Export> builder)
    {
        builder.HasKey(e => e.Id);
        builder.Property(e => e.Id).ValueGeneratedNever();
        builder.HasOne<User>().WithMany().HasForeignKey(e => e.UserId).OnDelete(DeleteBehavior.Cascade);

        // No foreign key: a deleted resume's exports stay until they expire.
        builder.HasIndex(e => e.ResumeId);
        builder.Property(e => e.Format).HasMaxLength(8);
        builder.Property(e => e.PageSize).HasConversion<string>().HasMaxLength(8);
        builder.Property(e => e.Status).HasConversion<string>().HasMaxLength(16);
        builder.Property(e => e.Delivery).HasConversion<string>().HasMaxLength(16);
        builder.Property(e => e.StorageDriver).HasMaxLength(16);
        builder.Property(e => e.StorageKey).HasMaxLength(256);
        builder.Property(e => e.PreviewStorageKey).HasMaxLength(256);
        builder.Property(e => e.ErrorCode).HasMaxLength(64);
        builder.Property(e => e.ErrorMessage).HasMaxLength(Export.ErrorMessageMaxLength);
        builder.Property(e => e.IdempotencyKey).HasMaxLength(Export.IdempotencyKeyMaxLength);
        builder.Property(e => e.FileSha256).HasMaxLength(64).IsFixedLength();
        builder.Property(e => e.RenderKey).HasMaxLength(64).IsFixedLength();

        // Render reuse (decision 35): the newest completed export of a render, and cleanup's "is this file still used".
        builder.HasIndex(e => new { e.UserId, e.RenderKey }).HasFilter("status = 'Completed' AND render_key IS NOT NULL").HasDatabaseName("ix_exports_render_key");
        builder.HasIndex(e => e.StorageKey).HasFilter("storage_key IS NOT NULL").HasDatabaseName("ix_exports_storage_key");

        // The versions pruning must keep: a live export's (resume, version).
        builder.HasIndex(e => new { e.ResumeId, e.ResumeVersion }).HasFilter("resume_version IS NOT NULL");

        // An idempotency key is unique per user, enforced by the database.
        builder.HasIndex(e => new { e.UserId, e.IdempotencyKey }).IsUnique()
            .HasFilter("idempotency_key IS NOT NULL").HasDatabaseName(Persistence.UniqueConstraints.ExportIdempotencyKey);

        // For the user's list, the dead-letter views and cleanup.
        builder.HasIndex(e => new { e.UserId, e.RequestedAt, e.Id }).IsDescending(false, true, true);
        builder.HasIndex(e => new { e.Status, e.RequestedAt });
        builder.HasIndex(e => e.ExpiresAt).HasFilter("status = 'Completed'").HasDatabaseName("ix_exports_expiring");
    }
}
