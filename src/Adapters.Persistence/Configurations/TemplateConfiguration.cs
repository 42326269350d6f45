using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using ResumeExport.Domain.Templates;

namespace ResumeExport.Adapters.Persistence.Configurations;

internal sealed class TemplateConfiguration : IEntityTypeConfiguration<Template>
{
    public void Configure(EntityTypeBuilder<Template> builder)
    {
        builder.HasKey(t => t.Key);
        builder.Property(t => t.Key).HasMaxLength(32);
        builder.Property(t => t.Name).HasMaxLength(64);
        builder.PrimitiveCollection(t => t.RequiredSections);
    }
}
