using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using ResumeExport.Domain.Plans;

namespace ResumeExport.Adapters.Persistence.Configurations;

internal sealed class PlanConfiguration : IEntityTypeConfiguration<Plan>
{
    public void Configure(EntityTypeBuilder<Plan> builder)
    {
        builder.HasKey(p => p.Code);
        builder.Property(p => p.Code).HasMaxLength(32);
        builder.Property(p => p.Name).HasMaxLength(64);
        builder.HasOne(p => p.Limit).WithOne().HasForeignKey<PlanLimit>(l => l.PlanCode).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(p => p.Limit).AutoInclude();
    }
}
