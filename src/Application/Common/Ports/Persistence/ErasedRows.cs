namespace ResumeExport.Application.Common.Ports.Persistence;

/// <summary>How many rows of each kind <see cref="IPersonalDataRepository.EraseAsync"/> deleted (for the log).</summary>
public sealed record ErasedRows(int Resumes, int Exports, int BulkApplies, int EmailJobs, int AuditRows, int Users, int ResumeVersions, int ShareLinks);
