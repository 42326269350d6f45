namespace ResumeExport.Application.Common.Ports.Persistence;

/// <param name="Kind">A <c>RedeliveryKind</c>: export, export_email, bulk_application.</param>
/// <param name="Reason">The error code of the last failure.</param>
/// <param name="OldestSince">The earliest first failure among them: how long the oldest has been waiting.</param>
public sealed record WaitingRedeliveries(string Kind, string Reason, long Count, DateTimeOffset OldestSince);
