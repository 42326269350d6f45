using System.Text.Json;

namespace ResumeExport.Domain.SystemLogs;

/// <summary>
/// An audit fact. Daily usage is counted from these, so they are indexed by (user, created at) and written with the
/// change they describe.
/// </summary>
public sealed class SystemLog
{
    private SystemLog()
    {
    }

    public Guid Id { get; private set; }

    public Guid? UserId { get; private set; }

    public string Action { get; private set; } = string.Empty;

    /// <summary>JSON object with the action's details (e.g. <c>{"exportId": "…", "bytes": 1234}</c>).</summary>
    public string Metadata { get; private set; } = "{}";

    /// <summary>Amount consumed (bytes, recipients…), a column so daily sums stay index-only.</summary>
    public long Quantity { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    public static SystemLog Record(Guid? userId, string action, DateTimeOffset now, IReadOnlyDictionary<string, object?>? metadata = null, long quantity = 0) =>
        new()
        {
            Id = Guid.CreateVersion7(now),
            UserId = userId,
            Action = action,
            Metadata = JsonSerializer.Serialize(metadata ?? new Dictionary<string, object?>()),
            Quantity = quantity,
            CreatedAt = now,
        };
}
