namespace ResumeExport.Domain.Plans;

/// <summary>What a user has used: resumes in total, the rest for the current UTC day.</summary>
public sealed record PlanUsage(int Resumes, int ExportsToday, long UploadBytesToday, int BulkAppliesToday)
{
    public static PlanUsage None { get; } = new(0, 0, 0, 0);
}
