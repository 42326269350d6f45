using Microsoft.Extensions.DependencyInjection;
using ResumeExport.Application.Common.Ports.Rendering;

namespace ResumeExport.Integration.Tests.Doubles;

/// <summary>
/// The worker's real PDF renderer (Chromium behind its metering), counting the renders it is asked for: a reused export
/// must leave the count where it was.
/// </summary>
public sealed class CountingPdfRenderer(IResumePdfRenderer inner) : IResumePdfRenderer
{
    private int renders;

    public int Renders => Volatile.Read(ref renders);

    public Task<RenderedPdf> RenderAsync(PdfRenderRequest request, CancellationToken cancellationToken)
    {
        Interlocked.Increment(ref renders);
        return inner.RenderAsync(request, cancellationToken);
    }

    /// <summary>Wraps the host's own registration, so every render still goes to Chromium.</summary>
    public static void WrapRegisteredRenderer(IServiceCollection services)
    {
        var registered = services.Last(d => d.ServiceType == typeof(IResumePdfRenderer));
        services.Remove(registered);
        services.AddSingleton(sp => new CountingPdfRenderer((IResumePdfRenderer)registered.ImplementationFactory!(sp)));
        services.AddSingleton<IResumePdfRenderer>(sp => sp.GetRequiredService<CountingPdfRenderer>());
    }
}
