using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using ResumeExport.Domain.Billing;

namespace ResumeExport.Adapters.Persistence.Configurations;

internal sealed class BillingWebhookEventConfiguration : IEntityTypeConfiguration<BillingWebhookEvent>
{
    public const string UniqueProviderEvent = "ux_billing_webhook_events_provider_event";

    public void Configure(EntityTypeBuilder<BillingWebhookEvent> builder)
    {
        builder.ToTable("billing_webhook_events");
        builder.HasKey(e => e.Id);
        builder.Property(e => e.Id).ValueGeneratedNever();
        builder.Property(e => e.Provider).HasMaxLength(16);
        builder.Property(e => e.ProviderEventId).HasMaxLength(BillingWebhookEvent.ProviderEventIdMaxLength);
        builder.Property(e => e.Type).HasMaxLength(BillingWebhookEvent.TypeMaxLength);

        // text, not jsonb: jsonb reorders keys, and the signature covers the exact bytes.
        builder.Property(e => e.Payload).HasColumnType("text");
        builder.Property(e => e.Status).HasConversion<string>().HasMaxLength(16);
        builder.Property(e => e.LastError).HasMaxLength(BillingWebhookEvent.LastErrorMaxLength);
        builder.Ignore(e => e.CanReplay);

        // A provider's event id is stored once; a redelivery finds it and has no second effect.
        builder.HasIndex(e => new { e.Provider, e.ProviderEventId }).IsUnique().HasDatabaseName(UniqueProviderEvent);

        // The dead-letter list: failed events, newest first.
        builder.HasIndex(e => new { e.Status, e.ReceivedAt, e.Id }).IsDescending(false, true, true);
    }
}
