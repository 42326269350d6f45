namespace ResumeExport.Api.Billing;

/// <param name="Status"><c>processed</c>, <c>duplicate</c> (no second effect) or <c>failed</c> (a dead letter for replay).</param>
public sealed record WebhookAck(bool Received, string Status, Guid? WebhookEventId);
