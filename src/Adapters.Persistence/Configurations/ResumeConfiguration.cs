using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using ResumeExport.Domain.Resumes;
using ResumeExport.Domain.Users;

namespace ResumeExport.Adapters.Persistence.Configurations;

internal sealed class ResumeConfiguration : IEntityTypeConfiguration<Resume>
{
    public void Configure(EntityTypeBuilder<Resume> builder)
    {
        builder.HasKey(r => r.Id);
        builder.Property(r => r.Id).ValueGeneratedNever();
        builder.Property(r => r.Title).HasMaxLength(Resume.TitleMaxLength);
        builder.Property(r => r.TemplateKey).HasMaxLength(32);
        builder.HasOne<User>().WithMany().HasForeignKey(r => r.UserId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Domain.Templates.Template>().WithMany().HasForeignKey(r => r.TemplateKey).OnDelete(DeleteBehavior.Restrict);

        ResumeJsonColumns.MapSections(builder, r => r.Sections);
        ResumeJsonColumns.MapBasics(builder, r => r.Basics);
        builder.Property(r => r.Language).HasMaxLength(35);

        builder.Property(r => r.Version).IsConcurrencyToken();

        // Rows older than versions got their content as version 1 in the migration (latest_version 1).
        builder.Ignore(r => r.Content);

        // Listing: the user's resumes, most recently updated first.
        builder.HasIndex(r => new { r.UserId, r.UpdatedAt, r.Id }).IsDescending(false, true, true);

        // At most one default resume per user, whatever the application does.
        builder.HasIndex(r => r.UserId).IsUnique().HasFilter("is_default").HasDatabaseName(UniqueConstraints.OneDefaultResumePerUser);
    }
}
