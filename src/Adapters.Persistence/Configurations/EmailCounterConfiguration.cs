using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ResumeExport.Adapters.Persistence.Configurations;

internal sealed class EmailCounterConfiguration : IEntityTypeConfiguration<EmailCounterRow>
{
    public const string TableName = "email_counters";

    public void Configure(EntityTypeBuilder<EmailCounterRow> builder)
    {
        builder.ToTable(TableName);
        builder.HasKey(c => new { c.Reason, c.Outcome });
        builder.Property(c => c.Reason).HasMaxLength(32);
        builder.Property(c => c.Outcome).HasMaxLength(16);
    }
}
