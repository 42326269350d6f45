using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using ResumeExport.Domain.Emails;
using ResumeExport.Domain.Users;

namespace ResumeExport.Adapters.Persistence.Configurations;

internal sealed class EmailJobConfiguration : IEntityTypeConfiguration<EmailJob>
{
    public void Configure(EntityTypeBuilder<EmailJob> builder)
    {
        builder.HasKey(j => j.Id);
        builder.Property(j => j.Id).ValueGeneratedNever();
        builder.HasOne<User>().WithMany().HasForeignKey(j => j.UserId).OnDelete(DeleteBehavior.Cascade);
        builder.Property(j => j.Reason).HasConversion<string>().HasMaxLength(32);
        builder.Property(j => j.Status).HasConversion<string>().HasMaxLength(16);
        builder.Property(j => j.Recipient).HasMaxLength(254);
        builder.Property(j => j.LastErrorCode).HasMaxLength(64);
        builder.Property(j => j.LastError).HasMaxLength(EmailJob.ErrorMaxLength);
        builder.HasIndex(j => new { j.UserId, j.CreatedAt });
        builder.HasIndex(j => new { j.Status, j.CreatedAt });
        builder.HasIndex(j => j.BulkApplyId);
    }
}
