using System.Diagnostics;

namespace ResumeExport.Application.Common.Diagnostics;

/// <summary>Our own spans; every host subscribes to <see cref="SourceName"/>.</summary>
public static class ResumeExportTelemetry
{
    public const string SourceName = "ResumeExport";

    public static ActivitySource Source { get; } = new(SourceName);
}
