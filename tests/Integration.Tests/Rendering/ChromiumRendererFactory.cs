using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using ResumeExport.Adapters.Rendering;

namespace ResumeExport.Integration.Tests.Rendering;

/// <summary>The real renderer on the real Debian Chromium, without a host.</summary>
internal static class ChromiumRendererFactory
{
    public static (ChromiumBrowserPool Pool, ChromiumResumePdfRenderer Renderer) Create(Action<ChromiumOptions>? configure = null)
    {
        var settings = new ChromiumOptions();
        configure?.Invoke(settings);
        var options = Options.Create(settings);
        var pool = new ChromiumBrowserPool(options, NullLogger<ChromiumBrowserPool>.Instance);
        return (pool, new ChromiumResumePdfRenderer(pool, options, NullLogger<ChromiumResumePdfRenderer>.Instance));
    }
}
