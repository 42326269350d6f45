using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using ResumeExport.Application.Billing;
using ResumeExport.Application.Common.Ports.Billing;
using ResumeExport.Domain.Billing;

namespace ResumeExport.Adapters.Billing;

public static class DependencyInjection
{
    public const string CycleEnd = "cycle_end";
    public const string Immediate = "immediate";

    /// <summary>
    /// <c>BILLING_PROVIDER</c> (none|mock|stripe|paddle), <c>BILLING_DOWNGRADE_BEHAVIOR</c> (cycle_end|immediate) and
    /// <c>Billing:*</c>; a bad value stops start-up naming the setting. Only the API bills.
    /// </summary>
    public static IServiceCollection AddBilling(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<BillingOptions>()
            .Bind(configuration.GetSection(BillingOptions.SectionName))
            .Configure(o =>
            {
                o.Provider = (configuration[BillingOptions.ProviderKey] ?? o.Provider).Trim().ToLowerInvariant();
                o.DowngradeBehavior = ParseBehavior(configuration[BillingOptions.DowngradeBehaviorKey]) ?? DowngradeBehavior.CycleEnd;
            })
            .Validate(o => BillingProviders.IsKnown(o.Provider), $"{BillingOptions.ProviderKey} must be one of: {string.Join(", ", BillingProviders.All)}.")
            .Validate(
                _ => configuration[BillingOptions.DowngradeBehaviorKey] is null || ParseBehavior(configuration[BillingOptions.DowngradeBehaviorKey]) is not null,
                $"{BillingOptions.DowngradeBehaviorKey} must be {CycleEnd} or {Immediate}.")
            .Validate(o => o.DueChangesInterval >= TimeSpan.FromMilliseconds(50) && o.DueChangesInterval <= TimeSpan.FromDays(1), "Billing:DueChangesInterval must be between 00:00:00.050 and 1.00:00:00.")
            .Validate(o => o.DueChangesBatchSize is >= 1 and <= 1000, "Billing:DueChangesBatchSize must be between 1 and 1000.")
            .Validate(o => o.MockPeriod >= TimeSpan.FromMinutes(1), "Billing:MockPeriod must be at least one minute.")
            .ValidateOnStart();
        services.AddOptions<StripeBillingOptions>().Bind(configuration.GetSection(StripeBillingOptions.SectionName))
            .Validate<IOptions<BillingOptions>>(
                (stripe, billing) => billing.Value.Provider != BillingProviders.Stripe || (!string.IsNullOrEmpty(stripe.ApiKey) && !string.IsNullOrEmpty(stripe.WebhookSecret)),
                "BILLING_PROVIDER=stripe needs Billing:Stripe:ApiKey and Billing:Stripe:WebhookSecret.")
            .Validate(s => s.WebhookTolerance > TimeSpan.Zero, "Billing:Stripe:WebhookTolerance must be positive.")
            .ValidateOnStart();
        services.AddOptions<PaddleBillingOptions>().Bind(configuration.GetSection(PaddleBillingOptions.SectionName))
            .Validate<IOptions<BillingOptions>>(
                (paddle, billing) => billing.Value.Provider != BillingProviders.Paddle || (!string.IsNullOrEmpty(paddle.ApiKey) && !string.IsNullOrEmpty(paddle.WebhookSecret)),
                "BILLING_PROVIDER=paddle needs Billing:Paddle:ApiKey and Billing:Paddle:WebhookSecret.")
            .Validate(p => p.WebhookTolerance > TimeSpan.Zero, "Billing:Paddle:WebhookTolerance must be positive.")
            .ValidateOnStart();

        services.AddSingleton<StripeWebhooks>();
        services.AddSingleton<PaddleWebhooks>();
        services.AddSingleton<IBillingWebhooks, BillingWebhooks>();

        services.AddSingleton<NoneBillingProvider>();
        services.AddSingleton<MockBillingProvider>();
        services.AddSingleton<StripeBillingProvider>();
        services.AddHttpClient<PaddleBillingProvider>();
        services.AddTransient<IBillingProvider>(provider => provider.GetRequiredService<IOptions<BillingOptions>>().Value.Provider switch
        {
            BillingProviders.Mock => provider.GetRequiredService<MockBillingProvider>(),
            BillingProviders.Stripe => provider.GetRequiredService<StripeBillingProvider>(),
            BillingProviders.Paddle => provider.GetRequiredService<PaddleBillingProvider>(),
            _ => provider.GetRequiredService<NoneBillingProvider>(),
        });
        return services;
    }

    private static DowngradeBehavior? ParseBehavior(string? value) => value?.Trim().ToLowerInvariant() switch
    {
        null or "" or CycleEnd => DowngradeBehavior.CycleEnd,
        Immediate => DowngradeBehavior.Immediate,
        _ => null,
    };
}
