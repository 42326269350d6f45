using ResumeExport.Application.Common.Ports.Rendering;
using ResumeExport.Domain.Exports;

namespace ResumeExport.Adapters.Rendering;

/// <summary>
/// A test seam: while <see cref="Enabled"/> is on, every render fails with a transient <c>render_failed</c>, as when
/// Chromium keeps crashing. Registered only when <c>Chromium:EnableFaultInjection=true</c> (never in production config),
/// so operators and tests can rehearse retries, dead letters and requeues with the real pipeline.
/// </summary>
public sealed class RenderFaultInjection
{
    private volatile bool enabled;

    public bool Enabled
    {
        get => enabled;
        set => enabled = value;
    }

    public int FailedRenders => failedRenders;

    private int failedRenders;

    internal void ThrowIfEnabled()
    {
        if (enabled)
        {
            Interlocked.Increment(ref failedRenders);
            throw new PdfRenderingException(ExportErrorCodes.RenderFailed, "Injected render failure (Chromium:EnableFaultInjection).", transient: true);
        }
    }
}
