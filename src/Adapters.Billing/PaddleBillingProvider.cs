using System.Net.Http.Headers;
using System.Net.Http.Json;
using Microsoft.Extensions.Options;
using ResumeExport.Application.Common.Exceptions;
using ResumeExport.Application.Common.Ports.Billing;
using ResumeExport.Domain.Billing;
using ResumeExport.Domain.Plans;

namespace ResumeExport.Adapters.Billing;

/// <summary>Patches the Paddle subscription to the plan's price (<c>Billing:Paddle:PriceIds</c>); free cancels it.</summary>
internal sealed class PaddleBillingProvider(HttpClient http, IOptions<PaddleBillingOptions> options) : IBillingProvider
{
    public string Name => BillingProviders.Paddle;

    public bool AllowsPlanChanges => true;

    public async Task ApplyChangeAsync(BillingChange change, CancellationToken cancellationToken)
    {
        var settings = options.Value;
        var subscriptionId = change.Subscription.ProviderSubscriptionId
            ?? throw new ConflictException(ConflictCodes.ProviderSubscriptionMissing, "There is no Paddle subscription for this account yet; subscribe through checkout first.");
        using var request = change.ToPlanCode == PlanCodes.Free
            ? new HttpRequestMessage(HttpMethod.Post, new Uri(settings.BaseUrl, $"subscriptions/{Uri.EscapeDataString(subscriptionId)}/cancel"))
            {
                Content = JsonContent.Create(new { effective_from = "immediately" }),
            }
            : new HttpRequestMessage(HttpMethod.Patch, new Uri(settings.BaseUrl, $"subscriptions/{Uri.EscapeDataString(subscriptionId)}"))
            {
                Content = JsonContent.Create(new
                {
                    items = new[] { new { price_id = PriceFor(settings, change.ToPlanCode), quantity = 1 } },
                    proration_billing_mode = change.IsUpgrade ? "prorated_immediately" : "do_not_bill",
                }),
            };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", settings.ApiKey);
        using var response = await http.SendAsync(request, cancellationToken);
        if (!response.IsSuccessStatusCode)
        {
            throw new InvalidOperationException($"Paddle refused the subscription change with HTTP {(int)response.StatusCode}.");
        }
    }

    private static string PriceFor(PaddleBillingOptions settings, string planCode) =>
        settings.PriceIds.TryGetValue(planCode, out var price) && price.Length > 0
            ? price
            : throw new InvalidOperationException($"Billing:Paddle:PriceIds:{planCode} is not set.");
}
