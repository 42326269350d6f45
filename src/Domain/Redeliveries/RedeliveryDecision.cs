namespace ResumeExport.Domain.Redeliveries;

/// <param name="GiveUp">The window is over: fail the item with <see cref="RedeliveryPolicy.GaveUpErrorCode"/>.</param>
/// <param name="DueAt">When to re-drive the item (unset when giving up).</param>
/// <param name="WaitingSince">The first failure that started the window.</param>
public sealed record RedeliveryDecision(bool GiveUp, DateTimeOffset DueAt, DateTimeOffset WaitingSince);
