using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using ResumeExport.Domain.Plans;
using ResumeExport.Domain.Users;

namespace ResumeExport.Adapters.Persistence.Configurations;

internal sealed class UserConfiguration : IEntityTypeConfiguration<User>
{
    public void Configure(EntityTypeBuilder<User> builder)
    {
        builder.HasKey(u => u.Id);
        builder.Property(u => u.Id).ValueGeneratedNever();
        builder.Property(u => u.Email).HasMaxLength(EmailAddress.MaxLength);
        builder.Property(u => u.NormalizedEmail).HasMaxLength(EmailAddress.MaxLength);
        builder.HasIndex(u => u.NormalizedEmail).IsUnique().HasDatabaseName(UniqueConstraints.UserEmail);
        builder.Property(u => u.PasswordHash).HasMaxLength(512);
        builder.Property(u => u.DisplayName).HasMaxLength(User.DisplayNameMaxLength);
        builder.Property(u => u.Role).HasConversion<string>().HasMaxLength(16);
        builder.Property(u => u.PlanCode).HasMaxLength(32);
        builder.HasOne<Plan>().WithMany().HasForeignKey(u => u.PlanCode).OnDelete(DeleteBehavior.Restrict);
        builder.Ignore(u => u.IsAdmin);
    }
}
