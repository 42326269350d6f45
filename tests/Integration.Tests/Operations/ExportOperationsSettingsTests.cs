using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using ResumeExport.Adapters.Scheduling;

namespace ResumeExport.Integration.Tests.Operations;

/// <summary>The scheduled export jobs' settings: documented defaults, the flat dry-run key, and refusal of nonsense.</summary>
public sealed class ExportOperationsSettingsTests
{
    [Test]
    public void Without_configuration_the_jobs_use_the_documented_defaults()
    {
        using var services = Build([]);
        var cleanup = services.GetRequiredService<IOptions<ExportCleanupOptions>>().Value;
        var alerts = services.GetRequiredService<IOptions<ExportFailureAlertOptions>>().Value;

        Assert.Multiple(() =>
        {
            Assert.That((cleanup.Enabled, cleanup.Interval, cleanup.BatchSize, cleanup.DryRun), Is.EqualTo((true, TimeSpan.FromMinutes(10), 100, false)));
            Assert.That(alerts.Enabled, Is.True);
            Assert.That(alerts.Window, Is.EqualTo(TimeSpan.FromMinutes(15)));
            Assert.That(alerts.MinEvents, Is.EqualTo(10));
            Assert.That(alerts.FailureRatio, Is.EqualTo(0.5));
            Assert.That(alerts.Cooldown, Is.EqualTo(TimeSpan.FromHours(1)));
            Assert.That(alerts.CheckInterval, Is.EqualTo(TimeSpan.FromMinutes(1)));
        });
    }

    [Test]
    public void The_flat_dry_run_key_switches_the_cleanup_to_a_dry_run()
    {
        using var services = Build(new() { [ExportCleanupOptions.DryRunKey] = "true", ["ExportCleanup:BatchSize"] = "25" });
        var cleanup = services.GetRequiredService<IOptions<ExportCleanupOptions>>().Value;

        Assert.That((cleanup.DryRun, cleanup.BatchSize), Is.EqualTo((true, 25)));
    }

    [TestCase("ExportCleanup:BatchSize", "0")]
    [TestCase("ExportCleanup:Interval", "00:00:00")]
    [TestCase("ExportFailureAlerts:FailureRatio", "1.5")]
    [TestCase("ExportFailureAlerts:FailureRatio", "0")]
    [TestCase("ExportFailureAlerts:MinEvents", "0")]
    [TestCase("ExportFailureAlerts:Window", "00:00:00")]
    public void A_setting_out_of_range_is_refused(string key, string value)
    {
        using var services = Build(new() { [key] = value });

        Assert.That(() =>
        {
            _ = services.GetRequiredService<IOptions<ExportCleanupOptions>>().Value;
            _ = services.GetRequiredService<IOptions<ExportFailureAlertOptions>>().Value;
        }, Throws.InstanceOf<OptionsValidationException>().With.Message.Contains(key.Split(':')[1]));
    }

    private static ServiceProvider Build(Dictionary<string, string?> settings)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        return new ServiceCollection().AddLogging().AddSingleton(TimeProvider.System).AddScheduling(configuration, ScheduledJobs.ExportCleanup | ScheduledJobs.ExportFailureAlerts).BuildServiceProvider();
    }
}
