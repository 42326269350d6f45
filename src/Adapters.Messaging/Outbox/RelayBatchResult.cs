namespace ResumeExport.Adapters.Messaging.Outbox;

public sealed record RelayBatchResult(int Published, bool Failed);
