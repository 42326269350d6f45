namespace ResumeExport.Adapters.Persistence.Redeliveries;

/// <summary>
/// A message waiting for its due time (decision 36); written in the transaction of the item's waiting state and moved
/// into <c>outbox_messages</c>, with this id as the message id, when due.
/// </summary>
public sealed class RedeliveryMessage
{
    public const int LastErrorMaxLength = 1000;

    private RedeliveryMessage()
    {
    }

    public Guid Id { get; private set; }

    /// <summary>A <c>RedeliveryKind</c>: what operators see it counted under.</summary>
    public string Kind { get; private set; } = string.Empty;

    /// <summary>The export or e-mail job it re-drives.</summary>
    public Guid ItemId { get; private set; }

    /// <summary>Full name of the contract type (see <c>MessageTypeRegistry</c>); the relay routes it by type, as every outbox message.</summary>
    public string MessageType { get; private set; } = string.Empty;

    public string Payload { get; private set; } = string.Empty;

    /// <summary>The item's redelivery number in its window, from 1.</summary>
    public int Attempt { get; private set; }

    public DateTimeOffset FirstFailureAt { get; private set; }

    public DateTimeOffset DueAt { get; private set; }

    public string LastErrorCode { get; private set; } = string.Empty;

    public string LastError { get; private set; } = string.Empty;

    public DateTimeOffset CreatedAt { get; private set; }

    public static RedeliveryMessage Create(
        Guid id, string kind, Guid itemId, string messageType, string payload, int attempt, DateTimeOffset firstFailureAt, DateTimeOffset dueAt,
        string lastErrorCode, string lastError, DateTimeOffset now) =>
        new()
        {
            Id = id,
            Kind = kind,
            ItemId = itemId,
            MessageType = messageType,
            Payload = payload,
            Attempt = attempt,
            FirstFailureAt = firstFailureAt,
            DueAt = dueAt,
            LastErrorCode = lastErrorCode,
            LastError = lastError.Length > LastErrorMaxLength ? lastError[..LastErrorMaxLength] : lastError,
            CreatedAt = now,
        };
}
