using System.Diagnostics;

namespace ResumeExport.Application.Common.Diagnostics;

/// <summary>Our own spans. Every host subscribes to <see cref="SourceName"/> next to the framework instrumentations.</summary>
public static class ResumeExportTelemetry
{
    public const string SourceName = "ResumeExport";

    public static ActivitySource Source { get; } = new(SourceName);
}
