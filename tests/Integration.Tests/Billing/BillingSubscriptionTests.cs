using System.Net;
using System.Net.Http.Json;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using ResumeExport.Adapters.Scheduling;
using ResumeExport.Api;
using ResumeExport.Integration.Tests.Support;

namespace ResumeExport.Integration.Tests.Billing;

public sealed class BillingSubscriptionTests : IntegrationFixture
{
    private ApiFactory api = null!;

    [OneTimeSetUp]
    public void StartApi() => api = new ApiFactory(ConnectionString, VirtualHost, BillingSettings.Mock());

    [OneTimeTearDown]
    public async Task StopApiAsync() => await api.DisposeAsync();

    [Test]
    public async Task The_plans_are_listed_with_their_prices_and_limits()
    {
        var client = await SignedInClientAsync(api);

        var plans = (await ApiClient.ReadJsonAsync(await client.GetAsync("/api/billing/plans"))).AsArray();

        Assert.That(plans.Select(p => p!["code"]!.GetValue<string>()), Is.EqualTo(new[] { "free", "pro", "team" }));
        Assert.That(plans[1]!["monthlyPriceCents"]!.GetValue<int>(), Is.EqualTo(900));
        Assert.That(plans[1]!["limits"]!["maxResumes"]!.GetValue<int>(), Is.EqualTo(20));
        Assert.That(plans[0]!["limits"]!["exportDelivery"]!.GetValue<string>(), Is.EqualTo("email"));
    }

    [Test]
    public async Task An_upgrade_applies_now_and_starts_a_thirty_day_period()
    {
        var client = await SignedInClientAsync(api);

        var response = await client.PostAsJsonAsync("/api/billing/subscription/change", new { planCode = "pro" });
        var body = await ApiClient.ReadJsonAsync(response);

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK), body.ToJsonString());
        Assert.That(body["outcome"]!.GetValue<string>(), Is.EqualTo("applied"));
        var subscription = await ApiClient.ReadJsonAsync(await client.GetAsync("/api/billing/subscription"));
        Assert.That(subscription["planCode"]!.GetValue<string>(), Is.EqualTo("pro"));
        var start = subscription["currentPeriodStart"]!.GetValue<DateTimeOffset>();
        Assert.That(subscription["currentPeriodEnd"]!.GetValue<DateTimeOffset>() - start, Is.EqualTo(TimeSpan.FromDays(30)));
    }

    [Test]
    public async Task A_schedule_at_in_the_past_is_400_naming_schedule_at()
    {
        var client = await SignedInClientAsync(api);

        var response = await client.PostAsJsonAsync("/api/billing/subscription/change", new { planCode = "pro", scheduleAt = DateTimeOffset.UtcNow.AddHours(-1) });
        var problem = await ApiClient.ReadJsonAsync(response);

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
        Assert.That(problem["errors"]!.AsObject().Select(e => e.Key), Is.EqualTo(new[] { "scheduleAt" }));
    }

    [Test]
    public async Task An_explicit_schedule_at_wins_and_the_pending_change_can_be_replaced_and_cancelled()
    {
        var client = await SignedInClientAsync(api);
        await client.PostAsJsonAsync("/api/billing/subscription/change", new { planCode = "team" });
        var at = DateTimeOffset.UtcNow.AddDays(4);

        var scheduled = await ApiClient.ReadJsonAsync(await client.PostAsJsonAsync("/api/billing/subscription/change", new { planCode = "free", scheduleAt = at }));
        var replaced = await ApiClient.ReadJsonAsync(await client.PostAsJsonAsync("/api/billing/subscription/change", new { planCode = "pro" }));
        var cancelled = await client.DeleteAsync("/api/billing/subscription/pending-change");
        var after = await ApiClient.ReadJsonAsync(await client.GetAsync("/api/billing/subscription"));

        Assert.That(scheduled["subscription"]!["pendingChange"]!["planCode"]!.GetValue<string>(), Is.EqualTo("free"));
        Assert.That(scheduled["subscription"]!["pendingChange"]!["effectiveAt"]!.GetValue<DateTimeOffset>(), Is.EqualTo(at).Within(TimeSpan.FromMilliseconds(1)));
        Assert.That(replaced["subscription"]!["pendingChange"]!["planCode"]!.GetValue<string>(), Is.EqualTo("pro"));
        Assert.That(cancelled.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(after["pendingChange"], Is.Null);
        Assert.That(after["planCode"]!.GetValue<string>(), Is.EqualTo("team"));
    }

    [Test]
    public async Task With_billing_provider_none_a_change_is_409_billing_disabled()
    {
        await using var disabled = new ApiFactory(ConnectionString, VirtualHost, new Dictionary<string, string?> { ["BILLING_PROVIDER"] = "none" });
        var client = await SignedInClientAsync(disabled);

        var response = await client.PostAsJsonAsync("/api/billing/subscription/change", new { planCode = "pro" });
        var problem = await ApiClient.ReadJsonAsync(response);

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Conflict));
        Assert.That(problem["code"]!.GetValue<string>(), Is.EqualTo("billing_disabled"));
    }

    [Test]
    public async Task The_due_change_job_applies_a_scheduled_downgrade_when_the_clock_passes_the_period_end_and_keeps_the_data()
    {
        // The job's timer runs on the fake clock, one tick a day, so the jump past the period end ticks it a few times.
        var clock = new FakeTimeProvider(DateTimeOffset.UtcNow);
        await using var timed = api.WithWebHostBuilder(b => b
            .UseSetting("Billing:DueChangesInterval", "1.00:00:00")
            .ConfigureTestServices(s => s.AddSingleton<TimeProvider>(clock)));
        var client = await SignedInClientAsync(timed);
        var userId = await UserIdAsync(client);
        await client.PostAsJsonAsync("/api/billing/subscription/change", new { planCode = "pro" });
        foreach (var title in new[] { "First", "Second" })
        {
            Assert.That((await client.PostAsJsonAsync("/api/resumes", ResumeSamples.Classic(title))).StatusCode, Is.EqualTo(HttpStatusCode.Created));
        }

        var downgrade = await ApiClient.ReadJsonAsync(await client.PostAsJsonAsync("/api/billing/subscription/change", new { planCode = "free" }));
        Assert.That(downgrade["outcome"]!.GetValue<string>(), Is.EqualTo("scheduled"), downgrade.ToJsonString());
        Assert.That(downgrade["overLimits"]![0]!["limitName"]!.GetValue<string>(), Is.EqualTo("maxResumes"));
        Assert.That(downgrade["overLimits"]![0]!["usage"]!.GetValue<int>(), Is.EqualTo(2));

        // A job pass while the clock is before the period end changes nothing.
        await timed.Services.GetRequiredService<DuePlanChangesJob>().RunOnceAsync(CancellationToken.None);
        Assert.That(await BillingTestData.PlanOfAsync(timed, userId), Is.EqualTo("pro"));

        clock.Advance(TimeSpan.FromDays(30) + TimeSpan.FromMinutes(1));

        await Eventually.UntilAsync(() => BillingTestData.PlanOfAsync(timed, userId), plan => plan == "free", "the scheduled downgrade to apply");
        Assert.That(await BillingTestData.PlanChangesOfAsync(timed, userId), Is.EqualTo(2));

        // Nothing was deleted: both resumes stay readable (read through the real-time host; the same database).
        var reader = api.CreateClient();
        reader.DefaultRequestHeaders.Authorization = client.DefaultRequestHeaders.Authorization;
        var resumes = await ApiClient.ReadJsonAsync(await reader.GetAsync("/api/resumes"));
        Assert.That(resumes["items"]!.AsArray(), Has.Count.EqualTo(2));
        var subscription = await ApiClient.ReadJsonAsync(await reader.GetAsync("/api/billing/subscription"));
        Assert.That(subscription["planCode"]!.GetValue<string>(), Is.EqualTo("free"));
        Assert.That(subscription["pendingChange"], Is.Null);
    }

    private static async Task<HttpClient> SignedInClientAsync(WebApplicationFactory<ApiAssemblyMarker> factory)
    {
        var client = factory.CreateClient();
        var (token, _) = await ApiClient.RegisterAsync(client);
        return client.Authorize(token);
    }

    private static async Task<Guid> UserIdAsync(HttpClient client) =>
        Guid.Parse((await ApiClient.ReadJsonAsync(await client.GetAsync("/api/users/me")))["id"]!.GetValue<string>());
}
