namespace ResumeExport.Contracts;

// FROZEN: see RenderExportPdf.

/// <summary>Asks the e-mail worker to send one job application of a bulk apply (reason bulkApply).</summary>
public sealed record SendBulkApplication(Guid EmailJobId, Guid BulkApplyId, Guid UserId);
