using Microsoft.Extensions.DependencyInjection;
using ResumeExport.Application.Common.Ports.Rendering;

namespace ResumeExport.Integration.Tests.Doubles;

/// <summary>
/// The worker's real PDF renderer behind a gate: every render waits until <see cref="Open"/>, so a test can act while
/// a delivery is in the middle of its render. Counts the renders that started.
/// </summary>
public sealed class GatedPdfRenderer(IResumePdfRenderer inner) : IResumePdfRenderer
{
    private readonly TaskCompletionSource gate = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private int started;

    public int Started => Volatile.Read(ref started);

    public void Open() => gate.TrySetResult();

    public async Task<RenderedPdf> RenderAsync(PdfRenderRequest request, CancellationToken cancellationToken)
    {
        Interlocked.Increment(ref started);
        await gate.Task.WaitAsync(cancellationToken);
        return await inner.RenderAsync(request, cancellationToken);
    }

    /// <summary>Wraps the host's own registration, so the render still goes to Chromium once the gate is open.</summary>
    public static void WrapRegisteredRenderer(IServiceCollection services)
    {
        var registered = services.Last(d => d.ServiceType == typeof(IResumePdfRenderer));
        services.Remove(registered);
        services.AddSingleton(sp => new GatedPdfRenderer((IResumePdfRenderer)registered.ImplementationFactory!(sp)));
        services.AddSingleton<IResumePdfRenderer>(sp => sp.GetRequiredService<GatedPdfRenderer>());
    }
}
