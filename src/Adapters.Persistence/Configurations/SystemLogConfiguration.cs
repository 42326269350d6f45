using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using ResumeExport.Domain.SystemLogs;

namespace ResumeExport.Adapters.Persistence.Configurations;

internal sealed class SystemLogConfiguration : IEntityTypeConfiguration<SystemLog>
{
    public void Configure(EntityTypeBuilder<SystemLog> builder)
    {
        builder.HasKey(l => l.Id);
        builder.Property(l => l.Id).ValueGeneratedNever();
        builder.Property(l => l.Action).HasMaxLength(64);
        builder.Property(l => l.Metadata).HasColumnType("jsonb");

        // Daily usage is an index-only range scan, flat however big the table grows.
        builder.HasIndex(l => new { l.UserId, l.CreatedAt })
            .IncludeProperties(l => new { l.Action, l.Quantity })
            .HasDatabaseName("ix_system_logs_user_day");

        // Operators and alerts query by action over time.
        builder.HasIndex(l => new { l.Action, l.CreatedAt }).HasDatabaseName("ix_system_logs_action_time");
    }
}
