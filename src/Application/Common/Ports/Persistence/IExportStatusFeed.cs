namespace ResumeExport.Application.Common.Ports.Persistence;

/// <summary>
/// Tells a waiting reader that an export's status may have changed, without the reader asking the database in a loop
/// (decision 30): one listener per process fans committed changes out to its subscribers.
/// </summary>
public interface IExportStatusFeed
{
    /// <summary>
    /// Starts listening for <paramref name="exportId"/>. Subscribe before reading the status: a change committed after
    /// the subscription (or missed while the feed was reconnecting) always signals it at least once.
    /// </summary>
    IExportStatusSubscription Subscribe(Guid exportId);
}
