using System.ComponentModel.DataAnnotations;

namespace ResumeExport.Api.Exports;

/// <summary>The export status stream, <c>GET /api/resumes/exports/{exportId}/events</c> (decision 30).</summary>
public sealed class ExportEventsOptions
{
    public const string SectionName = "ExportEvents";

    /// <summary>A comment line this often while nothing happens, so proxies and load balancers keep the stream open.</summary>
    [Range(typeof(TimeSpan), "00:00:00.100", "00:05:00")]
    public TimeSpan HeartbeatInterval { get; set; } = TimeSpan.FromSeconds(15);

    /// <summary>
    /// The longest a stream stays open; then it ends without a terminal event and the client connects again (and gets
    /// the current status first), so no connection is held forever by a forgotten tab.
    /// </summary>
    [Range(typeof(TimeSpan), "00:00:01", "1.00:00:00")]
    public TimeSpan MaxStreamLifetime { get; set; } = TimeSpan.FromMinutes(10);
}
