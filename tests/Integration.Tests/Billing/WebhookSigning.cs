using System.Globalization;
using System.Net.Http.Headers;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;

namespace ResumeExport.Integration.Tests.Billing;

/// <summary>Builds provider events and signs them the way the providers document it.</summary>
public static class WebhookSigning
{
    public const string StripeSecret = "whsec_integration_tests_0123456789";
    public const string PaddleSecret = "pdl_ntfset_integration_tests_0123456789";

    /// <summary>Stripe: <c>Stripe-Signature: t=&lt;unix&gt;,v1=&lt;hex HMAC-SHA256 of "t.body"&gt;</c>.</summary>
    public static string StripeHeader(string body, DateTimeOffset signedAt, string secret = StripeSecret)
    {
        var t = signedAt.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture);
        return $"t={t},v1={Hmac(secret, $"{t}.{body}")}";
    }

    /// <summary>Paddle: <c>Paddle-Signature: ts=&lt;unix&gt;;h1=&lt;hex HMAC-SHA256 of "ts:body"&gt;</c>.</summary>
    public static string PaddleHeader(string body, DateTimeOffset signedAt, string secret = PaddleSecret)
    {
        var ts = signedAt.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture);
        return $"ts={ts};h1={Hmac(secret, $"{ts}:{body}")}";
    }

    public static string StripeSubscriptionEvent(string eventId, string type, string planCode, Guid? userId = null, string? email = null, string status = "active")
    {
        var now = DateTimeOffset.UtcNow;
        var metadata = new Dictionary<string, string>();
        if (userId is not null)
        {
            metadata["userId"] = userId.Value.ToString();
        }

        if (email is not null)
        {
            metadata["email"] = email;
        }

        return JsonSerializer.Serialize(new Dictionary<string, object?>
        {
            ["id"] = eventId,
            ["object"] = "event",
            ["api_version"] = "2025-10-29.clover",
            ["created"] = now.ToUnixTimeSeconds(),
            ["livemode"] = false,
            ["type"] = type,
            ["data"] = new Dictionary<string, object?>
            {
                ["object"] = new Dictionary<string, object?>
                {
                    ["id"] = "sub_" + eventId,
                    ["object"] = "subscription",
                    ["customer"] = "cus_test",
                    ["status"] = status,
                    ["metadata"] = metadata,
                    ["items"] = new Dictionary<string, object?>
                    {
                        ["object"] = "list",
                        ["data"] = new object[]
                        {
                            new Dictionary<string, object?>
                            {
                                ["id"] = "si_" + eventId,
                                ["object"] = "subscription_item",
                                ["current_period_start"] = now.ToUnixTimeSeconds(),
                                ["current_period_end"] = now.AddDays(30).ToUnixTimeSeconds(),
                                ["price"] = new Dictionary<string, object?> { ["id"] = "price_" + planCode, ["object"] = "price", ["lookup_key"] = planCode },
                            },
                        },
                    },
                },
            },
        });
    }

    public static string StripePaymentFailedEvent(string eventId, Guid userId) =>
        JsonSerializer.Serialize(new Dictionary<string, object?>
        {
            ["id"] = eventId,
            ["object"] = "event",
            ["api_version"] = "2025-10-29.clover",
            ["created"] = DateTimeOffset.UtcNow.ToUnixTimeSeconds(),
            ["livemode"] = false,
            ["type"] = "invoice.payment_failed",
            ["data"] = new Dictionary<string, object?>
            {
                ["object"] = new Dictionary<string, object?>
                {
                    ["id"] = "in_" + eventId,
                    ["object"] = "invoice",
                    ["customer"] = "cus_test",
                    ["parent"] = new Dictionary<string, object?>
                    {
                        ["type"] = "subscription_details",
                        ["subscription_details"] = new Dictionary<string, object?>
                        {
                            ["subscription"] = "sub_test",
                            ["metadata"] = new Dictionary<string, string> { ["userId"] = userId.ToString() },
                        },
                    },
                },
            },
        });

    public static string PaddleSubscriptionEvent(string eventId, string type, string planCode, Guid userId)
    {
        var now = DateTimeOffset.UtcNow;
        return JsonSerializer.Serialize(new Dictionary<string, object?>
        {
            ["event_id"] = eventId,
            ["event_type"] = type,
            ["occurred_at"] = now.ToString("O", CultureInfo.InvariantCulture),
            ["notification_id"] = "ntf_" + eventId,
            ["data"] = new Dictionary<string, object?>
            {
                ["id"] = "sub_" + eventId,
                ["status"] = "active",
                ["customer_id"] = "ctm_test",
                ["custom_data"] = new Dictionary<string, object?> { ["userId"] = userId.ToString() },
                ["items"] = new object[]
                {
                    new Dictionary<string, object?>
                    {
                        ["price"] = new Dictionary<string, object?> { ["id"] = "pri_" + planCode, ["custom_data"] = new Dictionary<string, object?> { ["planCode"] = planCode } },
                        ["quantity"] = 1,
                    },
                },
                ["current_billing_period"] = new Dictionary<string, object?>
                {
                    ["starts_at"] = now.ToString("O", CultureInfo.InvariantCulture),
                    ["ends_at"] = now.AddDays(30).ToString("O", CultureInfo.InvariantCulture),
                },
            },
        });
    }

    public static StringContent Json(string body) => new(body, Encoding.UTF8, new MediaTypeHeaderValue("application/json"));

    private static string Hmac(string secret, string payload) =>
        Convert.ToHexStringLower(HMACSHA256.HashData(Encoding.UTF8.GetBytes(secret), Encoding.UTF8.GetBytes(payload)));
}
