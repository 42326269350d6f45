namespace ResumeExport.Reliability;

/// <summary>
/// What a case's audit found. Lost: accepted work that did not complete (an export not stored, a mail not sent or never
/// received). Duplicated: work done twice (a second <c>export_stored</c>, a second e-mail job, a mail received twice).
/// </summary>
internal sealed record AuditResult(
    int ExportsSent,
    int ExportsCompleted,
    int MailsSent,
    int MailsDelivered,
    int Lost,
    int Duplicated,
    IReadOnlyList<string> Problems,
    string StuckOverall)
{
    public int Sent => ExportsSent + MailsSent;

    public int Completed => ExportsCompleted + MailsDelivered;

    public bool Clean => Lost == 0 && Duplicated == 0 && StuckOverall.Length == 0;
}
