using System.Net;
using ResumeExport.Domain.Billing;
using ResumeExport.Integration.Tests.Support;

namespace ResumeExport.Integration.Tests.Billing;

public sealed class BillingWebhookTests : IntegrationFixture
{
    private ApiFactory api = null!;

    [OneTimeSetUp]
    public void StartApi() => api = new ApiFactory(ConnectionString, VirtualHost, BillingSettings.Mock());

    [OneTimeTearDown]
    public async Task StopApiAsync() => await api.DisposeAsync();

    [Test]
    public async Task A_stripe_signed_subscription_event_moves_the_user_to_its_plan()
    {
        using var client = api.CreateClient();
        var (_, userId) = await ApiClient.RegisterAsync(client);
        var body = WebhookSigning.StripeSubscriptionEvent(NewEventId(), "customer.subscription.created", "pro", userId);

        var response = await PostStripeAsync(client, body, WebhookSigning.StripeHeader(body, DateTimeOffset.UtcNow));
        var ack = await ApiClient.ReadJsonAsync(response);

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK), ack.ToJsonString());
        Assert.That(ack["status"]!.GetValue<string>(), Is.EqualTo("processed"));
        Assert.That(await BillingTestData.PlanOfAsync(api, userId), Is.EqualTo("pro"));
    }

    [Test]
    public async Task A_tampered_stripe_body_is_400_and_nothing_is_stored()
    {
        using var client = api.CreateClient();
        var (_, userId) = await ApiClient.RegisterAsync(client);
        var eventId = NewEventId();
        var signed = WebhookSigning.StripeSubscriptionEvent(eventId, "customer.subscription.updated", "pro", userId);
        var tampered = signed.Replace("\"pro\"", "\"team\"", StringComparison.Ordinal);

        var response = await PostStripeAsync(client, tampered, WebhookSigning.StripeHeader(signed, DateTimeOffset.UtcNow));
        var problem = await ApiClient.ReadJsonAsync(response);

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest), problem.ToJsonString());
        Assert.That(problem["code"]!.GetValue<string>(), Is.EqualTo("invalid_signature"));
        Assert.That(await BillingTestData.StoredEventsAsync(api, "stripe", eventId), Is.Empty);
        Assert.That(await BillingTestData.PlanOfAsync(api, userId), Is.EqualTo("free"));
    }

    [Test]
    public async Task A_stripe_signature_with_a_stale_timestamp_is_400_and_nothing_is_stored()
    {
        using var client = api.CreateClient();
        var (_, userId) = await ApiClient.RegisterAsync(client);
        var eventId = NewEventId();
        var body = WebhookSigning.StripeSubscriptionEvent(eventId, "customer.subscription.updated", "pro", userId);

        var response = await PostStripeAsync(client, body, WebhookSigning.StripeHeader(body, DateTimeOffset.UtcNow.AddMinutes(-10)));

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
        Assert.That(await BillingTestData.StoredEventsAsync(api, "stripe", eventId), Is.Empty);
        Assert.That(await BillingTestData.PlanOfAsync(api, userId), Is.EqualTo("free"));
    }

    [Test]
    public async Task A_stripe_signature_made_with_another_secret_is_400()
    {
        using var client = api.CreateClient();
        var body = WebhookSigning.StripeSubscriptionEvent(NewEventId(), "customer.subscription.updated", "pro", Guid.NewGuid());

        var response = await PostStripeAsync(client, body, WebhookSigning.StripeHeader(body, DateTimeOffset.UtcNow, "whsec_someone_else"));

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
    }

    [Test]
    public async Task The_same_stripe_event_delivered_twice_changes_the_plan_once()
    {
        using var client = api.CreateClient();
        var (_, userId) = await ApiClient.RegisterAsync(client);
        var eventId = NewEventId();
        var body = WebhookSigning.StripeSubscriptionEvent(eventId, "customer.subscription.created", "team", userId);

        var first = await PostStripeAsync(client, body, WebhookSigning.StripeHeader(body, DateTimeOffset.UtcNow));
        var second = await PostStripeAsync(client, body, WebhookSigning.StripeHeader(body, DateTimeOffset.UtcNow));
        var secondAck = await ApiClient.ReadJsonAsync(second);

        Assert.Multiple(async () =>
        {
            Assert.That(first.StatusCode, Is.EqualTo(HttpStatusCode.OK));
            Assert.That(second.StatusCode, Is.EqualTo(HttpStatusCode.OK));
            Assert.That(secondAck["status"]!.GetValue<string>(), Is.EqualTo("duplicate"));
            Assert.That(await BillingTestData.PlanOfAsync(api, userId), Is.EqualTo("team"));
            Assert.That(await BillingTestData.PlanChangesOfAsync(api, userId), Is.EqualTo(1));
            Assert.That(await BillingTestData.StoredEventsAsync(api, "stripe", eventId), Has.Count.EqualTo(1));
        });
    }

    [Test]
    public async Task Concurrent_deliveries_of_one_event_store_it_once_and_change_the_plan_once()
    {
        using var client = api.CreateClient();
        var (_, userId) = await ApiClient.RegisterAsync(client);
        var eventId = NewEventId();
        var body = WebhookSigning.StripeSubscriptionEvent(eventId, "customer.subscription.created", "pro", userId);
        var header = WebhookSigning.StripeHeader(body, DateTimeOffset.UtcNow);

        var responses = await Task.WhenAll(Enumerable.Range(0, 5).Select(_ => PostStripeAsync(client, body, header)));

        Assert.That(responses.Select(r => r.StatusCode), Is.All.EqualTo(HttpStatusCode.OK));
        Assert.That(await BillingTestData.PlanChangesOfAsync(api, userId), Is.EqualTo(1));
        Assert.That(await BillingTestData.StoredEventsAsync(api, "stripe", eventId), Has.Count.EqualTo(1));
    }

    [Test]
    public async Task A_stripe_subscription_deleted_event_moves_the_user_back_to_free()
    {
        using var client = api.CreateClient();
        var (_, userId) = await ApiClient.RegisterAsync(client);
        var created = WebhookSigning.StripeSubscriptionEvent(NewEventId(), "customer.subscription.created", "pro", userId);
        var deleted = WebhookSigning.StripeSubscriptionEvent(NewEventId(), "customer.subscription.deleted", "pro", userId, status: "canceled");

        await PostStripeAsync(client, created, WebhookSigning.StripeHeader(created, DateTimeOffset.UtcNow));
        var response = await PostStripeAsync(client, deleted, WebhookSigning.StripeHeader(deleted, DateTimeOffset.UtcNow));

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(await BillingTestData.PlanOfAsync(api, userId), Is.EqualTo("free"));
    }

    [Test]
    public async Task A_stripe_payment_failure_marks_the_subscription_past_due_with_a_downgrade_to_free_at_the_period_end()
    {
        using var client = api.CreateClient();
        var (token, userId) = await ApiClient.RegisterAsync(client);
        client.Authorize(token);
        var created = WebhookSigning.StripeSubscriptionEvent(NewEventId(), "customer.subscription.created", "pro", userId);
        var failed = WebhookSigning.StripePaymentFailedEvent(NewEventId(), userId);

        await PostStripeAsync(client, created, WebhookSigning.StripeHeader(created, DateTimeOffset.UtcNow));
        var response = await PostStripeAsync(client, failed, WebhookSigning.StripeHeader(failed, DateTimeOffset.UtcNow));
        var subscription = await ApiClient.ReadJsonAsync(await client.GetAsync("/api/billing/subscription"));

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That((await ApiClient.ReadJsonAsync(response))["status"]!.GetValue<string>(), Is.EqualTo("processed"));
        Assert.That(subscription["status"]!.GetValue<string>(), Is.EqualTo("pastDue"), subscription.ToJsonString());
        Assert.That(subscription["planCode"]!.GetValue<string>(), Is.EqualTo("pro"));
        Assert.That(subscription["pendingChange"]!["planCode"]!.GetValue<string>(), Is.EqualTo("free"));
        Assert.That(subscription["pendingChange"]!["effectiveAt"]!.GetValue<DateTimeOffset>(), Is.EqualTo(subscription["currentPeriodEnd"]!.GetValue<DateTimeOffset>()));
    }

    [Test]
    public async Task A_paddle_signed_subscription_event_moves_the_user_to_its_plan()
    {
        using var client = api.CreateClient();
        var (_, userId) = await ApiClient.RegisterAsync(client);
        var body = WebhookSigning.PaddleSubscriptionEvent(NewEventId(), "subscription.created", "team", userId);
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/billing/webhooks/paddle") { Content = WebhookSigning.Json(body) };
        request.Headers.Add("Paddle-Signature", WebhookSigning.PaddleHeader(body, DateTimeOffset.UtcNow));

        var response = await client.SendAsync(request);

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK), await response.Content.ReadAsStringAsync());
        Assert.That(await BillingTestData.PlanOfAsync(api, userId), Is.EqualTo("team"));
    }

    [Test]
    public async Task A_paddle_event_with_a_bad_or_stale_signature_is_400_and_nothing_is_stored()
    {
        using var client = api.CreateClient();
        var (_, userId) = await ApiClient.RegisterAsync(client);
        var eventId = NewEventId();
        var body = WebhookSigning.PaddleSubscriptionEvent(eventId, "subscription.created", "team", userId);

        var tampered = await PostPaddleAsync(client, body.Replace("\"team\"", "\"pro\"", StringComparison.Ordinal), WebhookSigning.PaddleHeader(body, DateTimeOffset.UtcNow));
        var stale = await PostPaddleAsync(client, body, WebhookSigning.PaddleHeader(body, DateTimeOffset.UtcNow.AddMinutes(-10)));
        var missing = await client.PostAsync("/api/billing/webhooks/paddle", WebhookSigning.Json(body));

        Assert.That(new[] { tampered.StatusCode, stale.StatusCode, missing.StatusCode }, Is.All.EqualTo(HttpStatusCode.BadRequest));
        Assert.That(await BillingTestData.StoredEventsAsync(api, "paddle", eventId), Is.Empty);
        Assert.That(await BillingTestData.PlanOfAsync(api, userId), Is.EqualTo("free"));
    }

    [Test]
    public async Task A_handler_failure_is_stored_as_failed_and_an_admin_replay_applies_it()
    {
        using var client = api.CreateClient();
        var admin = await AdminClientAsync();

        // The event names a customer who has not signed up yet: handling throws, the event becomes a dead letter.
        var email = $"later-{Guid.NewGuid():N}@example.com";
        var eventId = NewEventId();
        var body = WebhookSigning.StripeSubscriptionEvent(eventId, "customer.subscription.created", "pro", email: email);
        var response = await PostStripeAsync(client, body, WebhookSigning.StripeHeader(body, DateTimeOffset.UtcNow));
        var ack = await ApiClient.ReadJsonAsync(response);
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(ack["status"]!.GetValue<string>(), Is.EqualTo("failed"));
        var webhookEventId = ack["webhookEventId"]!.GetValue<string>();

        var failed = await ApiClient.ReadJsonAsync(await admin.GetAsync("/api/billing/webhooks/failed?limit=100"));
        var listed = failed["items"]!.AsArray().Single(i => i!["id"]!.GetValue<string>() == webhookEventId)!;
        Assert.That(listed["status"]!.GetValue<string>(), Is.EqualTo("failed"));
        Assert.That(listed["providerEventId"]!.GetValue<string>(), Is.EqualTo(eventId));
        Assert.That(listed["lastError"]!.GetValue<string>(), Does.Contain("NotFoundException"));

        // The customer signs up; the replay runs the stored event through the same handler.
        var (_, userId) = await ApiClient.RegisterAsync(client, email);
        var replay = await admin.PostAsync($"/api/billing/webhooks/failed/{webhookEventId}/replay", null);
        var replayed = await ApiClient.ReadJsonAsync(replay);

        Assert.That(replay.StatusCode, Is.EqualTo(HttpStatusCode.OK), replayed.ToJsonString());
        Assert.That(replayed["status"]!.GetValue<string>(), Is.EqualTo("replayed"));
        Assert.That(await BillingTestData.PlanOfAsync(api, userId), Is.EqualTo("pro"));
        var stored = (await BillingTestData.StoredEventsAsync(api, "stripe", eventId)).Single();
        Assert.That(stored.Status, Is.EqualTo(BillingWebhookEventStatus.Replayed));
        Assert.That(stored.Attempts, Is.EqualTo(2));

        var again = await admin.PostAsync($"/api/billing/webhooks/failed/{webhookEventId}/replay", null);
        Assert.That(again.StatusCode, Is.EqualTo(HttpStatusCode.Conflict));
    }

    [Test]
    public async Task A_signed_stripe_event_without_a_type_is_a_400_and_nothing_is_stored()
    {
        using var client = api.CreateClient();
        var eventId = NewEventId();
        var body = WebhookSigning.StripeSubscriptionEvent(eventId, "customer.subscription.updated", "pro", Guid.NewGuid())
            .Replace("\"type\":\"customer.subscription.updated\"", "\"type\":null", StringComparison.Ordinal);

        var response = await PostStripeAsync(client, body, WebhookSigning.StripeHeader(body, DateTimeOffset.UtcNow));

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest), await response.Content.ReadAsStringAsync());
        Assert.That(await BillingTestData.StoredEventsAsync(api, "stripe", eventId), Is.Empty);
    }

    [Test]
    public async Task A_replay_that_fails_again_is_a_409_whose_text_names_no_dotnet_type()
    {
        using var client = api.CreateClient();
        var admin = await AdminClientAsync();
        var body = WebhookSigning.StripeSubscriptionEvent(NewEventId(), "customer.subscription.created", "pro", email: $"nobody-{Guid.NewGuid():N}@example.com");
        var ack = await ApiClient.ReadJsonAsync(await PostStripeAsync(client, body, WebhookSigning.StripeHeader(body, DateTimeOffset.UtcNow)));

        var replay = await admin.PostAsync($"/api/billing/webhooks/failed/{ack["webhookEventId"]!.GetValue<string>()}/replay", null);
        var problem = await ApiClient.ReadJsonAsync(replay);

        Assert.That(replay.StatusCode, Is.EqualTo(HttpStatusCode.Conflict));
        Assert.That(problem["code"]!.GetValue<string>(), Is.EqualTo("replay_failed"));
        Assert.That(problem["detail"]!.GetValue<string>(), Does.Not.Contain("Exception"));
    }

    [Test]
    public async Task Replaying_a_processed_event_is_409()
    {
        using var client = api.CreateClient();
        var admin = await AdminClientAsync();
        var (_, userId) = await ApiClient.RegisterAsync(client);
        var body = WebhookSigning.StripeSubscriptionEvent(NewEventId(), "customer.subscription.created", "pro", userId);
        var ack = await ApiClient.ReadJsonAsync(await PostStripeAsync(client, body, WebhookSigning.StripeHeader(body, DateTimeOffset.UtcNow)));

        var replay = await admin.PostAsync($"/api/billing/webhooks/failed/{ack["webhookEventId"]!.GetValue<string>()}/replay", null);
        var problem = await ApiClient.ReadJsonAsync(replay);

        Assert.That(replay.StatusCode, Is.EqualTo(HttpStatusCode.Conflict));
        Assert.That(problem["code"]!.GetValue<string>(), Is.EqualTo("webhook_not_failed"));
    }

    [Test]
    public async Task Non_admins_get_403_on_the_failed_webhook_endpoints()
    {
        using var client = api.CreateClient();
        var (token, _) = await ApiClient.RegisterAsync(client);
        client.Authorize(token);

        var list = await client.GetAsync("/api/billing/webhooks/failed");
        var replay = await client.PostAsync($"/api/billing/webhooks/failed/{Guid.NewGuid()}/replay", null);

        Assert.That(new[] { list.StatusCode, replay.StatusCode }, Is.All.EqualTo(HttpStatusCode.Forbidden));
    }

    [Test]
    public async Task An_unknown_webhook_provider_is_404()
    {
        using var client = api.CreateClient();

        var response = await client.PostAsync("/api/billing/webhooks/paypal", WebhookSigning.Json("{}"));

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
    }

    private static string NewEventId() => "evt_" + Guid.NewGuid().ToString("N");

    private static async Task<HttpResponseMessage> PostStripeAsync(HttpClient client, string body, string signature)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/billing/webhooks/stripe") { Content = WebhookSigning.Json(body) };
        request.Headers.Add("Stripe-Signature", signature);
        return await client.SendAsync(request);
    }

    private static async Task<HttpResponseMessage> PostPaddleAsync(HttpClient client, string body, string signature)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/billing/webhooks/paddle") { Content = WebhookSigning.Json(body) };
        request.Headers.Add("Paddle-Signature", signature);
        return await client.SendAsync(request);
    }

    private async Task<HttpClient> AdminClientAsync()
    {
        var client = api.CreateClient();
        var email = $"admin-{Guid.NewGuid():N}@example.com";
        var (_, userId) = await ApiClient.RegisterAsync(client, email);
        await BillingTestData.PromoteToAdminAsync(api, userId);

        // The role is in the token: sign in again after the promotion.
        var login = await client.PostAsync("/api/auth/login", WebhookSigning.Json($$"""{"email":"{{email}}","password":"correct-horse-battery"}"""));
        var token = (await ApiClient.ReadJsonAsync(login))["accessToken"]!.GetValue<string>();
        return client.Authorize(token);
    }
}
