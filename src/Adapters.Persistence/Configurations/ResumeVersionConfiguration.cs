using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using ResumeExport.Domain.Resumes;
using ResumeExport.Domain.Users;

namespace ResumeExport.Adapters.Persistence.Configurations;

internal sealed class ResumeVersionConfiguration : IEntityTypeConfiguration<ResumeVersion>
{
    public void Configure(EntityTypeBuilder<ResumeVersion> builder)
    {
        builder.ToTable("resume_versions");
        builder.HasKey(v => v.Id);
        builder.Property(v => v.Id).ValueGeneratedNever();

        // A version goes with its resume and its owner; exports and applications keep only its number (no key), so a
        // deleted resume's history never blocks the delete.
        builder.HasOne<Resume>().WithMany().HasForeignKey(v => v.ResumeId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<User>().WithMany().HasForeignKey(v => v.UserId).OnDelete(DeleteBehavior.Cascade);

        // One row per number and resume; also the history's order (newest first) and the pinned-version lookups.
        builder.HasIndex(v => new { v.ResumeId, v.Version }).IsUnique().IsDescending(false, true);
        builder.HasIndex(v => v.UserId);

        builder.Property(v => v.Title).HasMaxLength(Resume.TitleMaxLength);
        builder.Property(v => v.TemplateKey).HasMaxLength(32);
        builder.Property(v => v.Language).HasMaxLength(35);
        ResumeJsonColumns.MapSections(builder, v => v.Sections);
        ResumeJsonColumns.MapBasics(builder, v => v.Basics);

        // Null only for the version 1 the migration wrote from an older resume; the domain computes it then.
        builder.Property(v => v.StoredContentSha256).HasColumnName("content_sha256").HasMaxLength(64).IsFixedLength();
        builder.Ignore(v => v.ContentSha256);
        builder.Ignore(v => v.Content);
    }
}
