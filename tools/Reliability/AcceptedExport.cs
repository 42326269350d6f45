namespace ResumeExport.Reliability;

/// <summary>An export the API accepted: its id, whether it is e-mailed too, and when it was accepted.</summary>
internal sealed record AcceptedExport(Guid Id, bool Emailed, DateTimeOffset AcceptedAt);
