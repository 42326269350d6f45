namespace ResumeExport.Application.Plans;

/// <summary>Usage figures (resumes in total; the rest for the current UTC day).</summary>
public sealed record PlanUsageDto(int Resumes, int ExportsToday, long UploadBytesToday, int BulkAppliesToday);
