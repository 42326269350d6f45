using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using ResumeExport.Domain.BulkApplies;
using ResumeExport.Domain.Users;

namespace ResumeExport.Adapters.Persistence.Configurations;

internal sealed class BulkApplyConfiguration : IEntityTypeConfiguration<BulkApply>
{
    public void Configure(EntityTypeBuilder<BulkApply> builder)
    {
        builder.ToTable("bulk_applies");
        builder.HasKey(b => b.Id);
        builder.Property(b => b.Id).ValueGeneratedNever();
        builder.HasOne<User>().WithMany().HasForeignKey(b => b.UserId).OnDelete(DeleteBehavior.Cascade);

        // No foreign keys: history outlives a deleted resume or an expired export.
        builder.HasIndex(b => new { b.UserId, b.CreatedAt });
        builder.HasIndex(b => b.ExportId);
        builder.HasMany(b => b.Applications).WithOne().HasForeignKey(a => a.BulkApplyId).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(b => b.Applications).HasField("applications").UsePropertyAccessMode(PropertyAccessMode.Field);
    }
}
