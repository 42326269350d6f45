namespace ResumeExport.Infrastructure.Messaging.Outbox;

public sealed record RelayBatchResult(int Published, bool Failed);
