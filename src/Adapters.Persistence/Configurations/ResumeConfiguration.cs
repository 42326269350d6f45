using System.Text.Json;
using System.Text.Json.Serialization;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using ResumeExport.Domain.Resumes;
using ResumeExport.Domain.Users;

namespace ResumeExport.Adapters.Persistence.Configurations;

internal sealed class ResumeConfiguration : IEntityTypeConfiguration<Resume>
{
    private static readonly JsonSerializerOptions SectionsJson = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.CamelCase), new PartialDateJsonConverter() },
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    };

    public void Configure(EntityTypeBuilder<Resume> builder)
    {
        builder.HasKey(r => r.Id);
        builder.Property(r => r.Id).ValueGeneratedNever();
        builder.Property(r => r.Title).HasMaxLength(Resume.TitleMaxLength);
        builder.Property(r => r.TemplateKey).HasMaxLength(32);
        builder.HasOne<User>().WithMany().HasForeignKey(r => r.UserId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Domain.Templates.Template>().WithMany().HasForeignKey(r => r.TemplateKey).OnDelete(DeleteBehavior.Restrict);

        // Sections are read and written whole with their resume, so they live in one jsonb document.
        builder.Property(r => r.Sections)
            .HasColumnType("jsonb")
            .HasConversion(
                sections => JsonSerializer.Serialize(sections, SectionsJson),
                json => JsonSerializer.Deserialize<IReadOnlyList<ResumeSection>>(json, SectionsJson) ?? Array.Empty<ResumeSection>(),
                new ValueComparer<IReadOnlyList<ResumeSection>>(
                    (a, b) => JsonSerializer.Serialize(a, SectionsJson) == JsonSerializer.Serialize(b, SectionsJson),
                    sections => JsonSerializer.Serialize(sections, SectionsJson).GetHashCode(StringComparison.Ordinal),
                    sections => sections.ToArray()));

        // The header likewise: one small document, null when the resume relies on the owner's account.
        builder.Property(r => r.Basics)
            .HasColumnType("jsonb")
            .HasConversion(
                basics => basics == null ? null : JsonSerializer.Serialize(basics, SectionsJson),
                json => json == null ? null : JsonSerializer.Deserialize<ResumeBasics>(json, SectionsJson),
                new ValueComparer<ResumeBasics?>(
                    (a, b) => JsonSerializer.Serialize(a, SectionsJson) == JsonSerializer.Serialize(b, SectionsJson),
                    basics => JsonSerializer.Serialize(basics, SectionsJson).GetHashCode(StringComparison.Ordinal),
                    basics => basics));
        builder.Property(r => r.Language).HasMaxLength(35);

        builder.Property(r => r.Version).IsConcurrencyToken();

        // Listing: the user's resumes, most recently updated first.
        builder.HasIndex(r => new { r.UserId, r.UpdatedAt, r.Id }).IsDescending(false, true, true);

        // At most one default resume per user, whatever the application does.
        builder.HasIndex(r => r.UserId).IsUnique().HasFilter("is_default").HasDatabaseName(UniqueConstraints.OneDefaultResumePerUser);
    }
}
