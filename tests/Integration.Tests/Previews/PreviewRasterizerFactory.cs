using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using ResumeExport.Adapters.Previews;

namespace ResumeExport.Integration.Tests.Previews;

/// <summary>The production preview rasterizer on the real mutool (mupdf-tools, installed by deploy/services/up.sh), without a host.</summary>
internal static class PreviewRasterizerFactory
{
    public static MuPdfPageRasterizer Create(Action<PreviewOptions>? configure = null)
    {
        var settings = new PreviewOptions();
        configure?.Invoke(settings);
        return new MuPdfPageRasterizer(Options.Create(settings), NullLogger<MuPdfPageRasterizer>.Instance);
    }
}
