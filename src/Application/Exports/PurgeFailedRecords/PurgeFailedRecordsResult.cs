namespace ResumeExport.Application.Exports.PurgeFailedRecords;

public sealed record PurgeFailedRecordsResult(int Exports, int EmailJobs);
