namespace ResumeExport.Domain.Redeliveries;

/// <summary>The kinds of work that wait for redelivery; operators see the waiting backlog per kind.</summary>
public static class RedeliveryKind
{
    public const string Export = "export";
    public const string ExportEmail = "export_email";
    public const string BulkApplication = "bulk_application";
}
