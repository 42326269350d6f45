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
    }
}
