using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using ResumeExport.Domain.Resumes;
using ResumeExport.Domain.ShareLinks;
using ResumeExport.Domain.Users;

namespace ResumeExport.Adapters.Persistence.Configurations;

internal sealed class ShareLinkConfiguration : IEntityTypeConfiguration<ShareLink>
{
    public void Configure(EntityTypeBuilder<ShareLink> builder)
    {
        builder.HasKey(l => l.Id);
        builder.Property(l => l.Id).ValueGeneratedNever();
        builder.HasOne<User>().WithMany().HasForeignKey(l => l.UserId).OnDelete(DeleteBehavior.Cascade);

        // A deleted resume takes its links with it: their pages answer 404, as for a token never issued.
        builder.HasOne<Resume>().WithMany().HasForeignKey(l => l.ResumeId).OnDelete(DeleteBehavior.Cascade);

        // The public page finds its link by the token's SHA-256, never by the token.
        builder.Property(l => l.TokenHash).HasMaxLength(32);
        builder.HasIndex(l => l.TokenHash).IsUnique();
        builder.Property(l => l.PasswordHash).HasMaxLength(256);

        // The owner's list: one resume's links, newest first.
        builder.HasIndex(l => new { l.ResumeId, l.CreatedAt });
        builder.Ignore(l => l.IsProtected);
    }
}
