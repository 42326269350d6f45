using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using ResumeExport.Domain.BulkApplies;
using ResumeExport.Domain.Emails;

namespace ResumeExport.Adapters.Persistence.Configurations;

internal sealed class BulkApplicationConfiguration : IEntityTypeConfiguration<BulkApplication>
{
    public void Configure(EntityTypeBuilder<BulkApplication> builder)
    {
        builder.ToTable("bulk_applications");
        builder.HasKey(a => a.Id);
        builder.Property(a => a.Id).ValueGeneratedNever();
        builder.Property(a => a.Company).HasMaxLength(BulkApply.CompanyMaxLength);
        builder.Property(a => a.Position).HasMaxLength(BulkApply.PositionMaxLength);
        builder.Property(a => a.RecipientEmail).HasMaxLength(254);
        builder.Property(a => a.Message).HasMaxLength(BulkApply.MessageMaxLength);
        builder.Property(a => a.Status).HasConversion<string>().HasMaxLength(16);
        builder.Property(a => a.SentFileSha256).HasMaxLength(64).IsFixedLength();

        // One e-mail job per application; each recipient once per bulk apply (backs the validator).
        builder.HasOne<EmailJob>().WithMany().HasForeignKey(a => a.EmailJobId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(a => a.EmailJobId).IsUnique();
        builder.HasIndex(a => new { a.BulkApplyId, a.Ordinal }).IsUnique();
    }
}
