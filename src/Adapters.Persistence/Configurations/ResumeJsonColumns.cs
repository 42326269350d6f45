using System.Linq.Expressions;
using System.Text.Json;
using System.Text.Json.Serialization;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using ResumeExport.Domain.Resumes;

namespace ResumeExport.Adapters.Persistence.Configurations;

/// <summary>
/// The jsonb columns of a resume's content (sections, basics), one mapping for the resume and for its versions, so a
/// version reads back exactly what the resume held.
/// </summary>
internal static class ResumeJsonColumns
{
    private static readonly JsonSerializerOptions SectionsJson = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.CamelCase), new PartialDateJsonConverter() },
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    };

    /// <summary>Sections are read and written whole with their resume, so they live in one jsonb document.</summary>
    public static void MapSections<TEntity>(EntityTypeBuilder<TEntity> builder, Expression<Func<TEntity, IReadOnlyList<ResumeSection>>> sections)
        where TEntity : class =>
        builder.Property(sections)
            .HasColumnType("jsonb")
            .HasConversion(
                value => JsonSerializer.Serialize(value, SectionsJson),
                json => JsonSerializer.Deserialize<IReadOnlyList<ResumeSection>>(json, SectionsJson) ?? Array.Empty<ResumeSection>(),
                new ValueComparer<IReadOnlyList<ResumeSection>>(
                    (a, b) => JsonSerializer.Serialize(a, SectionsJson) == JsonSerializer.Serialize(b, SectionsJson),
                    value => JsonSerializer.Serialize(value, SectionsJson).GetHashCode(StringComparison.Ordinal),
                    value => value.ToArray()));

    /// <summary>The header likewise: one small document, null when the resume relies on the owner's account.</summary>
    public static void MapBasics<TEntity>(EntityTypeBuilder<TEntity> builder, Expression<Func<TEntity, ResumeBasics?>> basics)
        where TEntity : class =>
        builder.Property(basics)
            .HasColumnType("jsonb")
            .HasConversion(
                value => value == null ? null : JsonSerializer.Serialize(value, SectionsJson),
                json => json == null ? null : JsonSerializer.Deserialize<ResumeBasics>(json, SectionsJson),
                new ValueComparer<ResumeBasics?>(
                    (a, b) => JsonSerializer.Serialize(a, SectionsJson) == JsonSerializer.Serialize(b, SectionsJson),
                    value => JsonSerializer.Serialize(value, SectionsJson).GetHashCode(StringComparison.Ordinal),
                    value => value));
}
