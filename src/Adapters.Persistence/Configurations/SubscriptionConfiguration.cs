using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using ResumeExport.Domain.Billing;
using ResumeExport.Domain.Plans;
using ResumeExport.Domain.Users;

namespace ResumeExport.Adapters.Persistence.Configurations;

internal sealed class SubscriptionConfiguration : IEntityTypeConfiguration<Subscription>
{
    public void Configure(EntityTypeBuilder<Subscription> builder)
    {
        builder.ToTable("subscriptions");

        // One per user, keyed by the user id.
        builder.HasKey(s => s.UserId);
        builder.Property(s => s.UserId).ValueGeneratedNever();
        builder.HasOne<User>().WithOne().HasForeignKey<Subscription>(s => s.UserId).OnDelete(DeleteBehavior.Cascade);
        builder.Property(s => s.Provider).HasMaxLength(16);
        builder.Property(s => s.ProviderSubscriptionId).HasMaxLength(Subscription.ProviderIdMaxLength);
        builder.Property(s => s.ProviderCustomerId).HasMaxLength(Subscription.ProviderIdMaxLength);
        builder.Property(s => s.Status).HasConversion<string>().HasMaxLength(16);
        builder.Property(s => s.PendingPlanCode).HasMaxLength(32);
        builder.HasOne<Plan>().WithMany().HasForeignKey(s => s.PendingPlanCode).OnDelete(DeleteBehavior.Restrict);
        builder.Ignore(s => s.HasPendingChange);

        // The due-change job scans only rows with a pending change, oldest due first.
        builder.HasIndex(s => s.PendingChangeAt).HasFilter("pending_change_at IS NOT NULL").HasDatabaseName("ix_subscriptions_pending_change_due");
        builder.HasIndex(s => new { s.Provider, s.ProviderSubscriptionId }).HasFilter("provider_subscription_id IS NOT NULL");
    }
}
