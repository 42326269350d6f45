using ResumeExport.Application.Common.Ports.Messaging;


namespace ResumeExport.Application.UnitTests.Fakes;

internal sealed class RecordingMessageOutbox : IMessageOutbox
{
    public List<object> Messages { get; } = [];

    /// <summary>Tells whether a transaction is open when a message is queued; null reads as "no".</summary>
    public Func<bool>? TransactionProbe { get; set; }

    public List<bool> EnqueuedInTransaction { get; } = [];

    public void Enqueue<TMessage>(TMessage message)
        where TMessage : class
    {
        Messages.Add(message);
        EnqueuedInTransaction.Add(TransactionProbe?.Invoke() ?? false);
    }
}
