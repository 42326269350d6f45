using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using ResumeExport.Adapters.Rendering;

namespace ResumeExport.Integration.Tests.Rendering;

/// <summary>The renderer's settings are checked at start-up: a pool that cannot work refuses to start.</summary>
public sealed class ChromiumOptionsTests
{
    [Test]
    public void Without_configuration_the_pool_has_two_pages_each_reused_for_200_renders()
    {
        using var services = Build([]);
        var options = services.GetRequiredService<IOptions<ChromiumOptions>>().Value;

        Assert.That((options.MaxConcurrentPages, options.RendersPerPage), Is.EqualTo((2, 200)));
    }

    [TestCase("Chromium:MaxConcurrentPages", "0")]
    [TestCase("Chromium:MaxConcurrentPages", "33")]
    [TestCase("Chromium:RendersPerPage", "0")]
    [TestCase("Chromium:RendersPerPage", "100001")]
    [TestCase("Chromium:RenderTimeout", "00:00:00")]
    [TestCase("Chromium:RecycleBrowserAfterRenders", "-1")]
    [TestCase("Chromium:RecycleBrowserAboveRssMB", "-1")]
    [TestCase("Chromium:BrowserMemoryCheckInterval", "00:00:00")]
    [TestCase("Chromium:ExecutablePath", "/nonexistent/chromium")]
    public void A_setting_the_pool_cannot_work_with_is_refused(string key, string value)
    {
        using var services = Build(new() { [key] = value });

        Assert.That(() => services.GetRequiredService<IOptions<ChromiumOptions>>().Value,
            Throws.InstanceOf<OptionsValidationException>().With.Message.Contains(key.Split(':')[1]));
    }

    private static ServiceProvider Build(Dictionary<string, string?> settings)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        return new ServiceCollection().AddLogging().AddRendering(configuration).BuildServiceProvider();
    }
}
