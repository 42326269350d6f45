namespace ResumeExport.Adapters.Persistence.Outbox;

/// <summary>Written in the transaction of the rows it describes, published later.</summary>
public sealed class OutboxMessage
{
    public const int LastErrorMaxLength = 2000;

    private OutboxMessage()
    {
    }

    public Guid Id { get; private set; }

    /// <summary>Full name of the contract type (see <see cref="MessageTypeRegistry"/>).</summary>
    public string MessageType { get; private set; } = string.Empty;

    public string Payload { get; private set; } = string.Empty;

    /// <summary>W3C trace context, so the trace continues into the worker.</summary>
    public string? TraceParent { get; private set; }

    public string? TraceState { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    public DateTimeOffset? SentAt { get; private set; }

    public int Attempts { get; private set; }

    public string? LastError { get; private set; }

    public static OutboxMessage Create(Guid id, string messageType, string payload, string? traceParent, string? traceState, DateTimeOffset now) =>
        new()
        {
            Id = id,
            MessageType = messageType,
            Payload = payload,
            TraceParent = traceParent,
            TraceState = traceState,
            CreatedAt = now,
        };

    public void MarkSent(DateTimeOffset now)
    {
        SentAt = now;
        Attempts++;
        LastError = null;
    }

    public void RecordFailedAttempt(string error)
    {
        Attempts++;
        LastError = error.Length > LastErrorMaxLength ? error[..LastErrorMaxLength] : error;
    }
}
