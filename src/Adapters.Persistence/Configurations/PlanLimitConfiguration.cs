using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using ResumeExport.Domain.Plans;

namespace ResumeExport.Adapters.Persistence.Configurations;

internal sealed class PlanLimitConfiguration : IEntityTypeConfiguration<PlanLimit>
{
    public void Configure(EntityTypeBuilder<PlanLimit> builder)
    {
        builder.HasKey(l => l.PlanCode);
        builder.Property(l => l.PlanCode).HasMaxLength(32);
        builder.Property(l => l.ExportDelivery).HasConversion<string>().HasMaxLength(16);

        // A text[] of format names; rows written without it (older seeders, hand inserts) get the free plan's formats.
        builder.Property(l => l.ExportFormats).HasColumnType("text[]").HasDefaultValueSql("ARRAY['pdf','markdown','text']::text[]");
    }
}
