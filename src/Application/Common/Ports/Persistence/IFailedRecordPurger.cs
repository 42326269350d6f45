namespace ResumeExport.Application.Common.Ports.Persistence;

/// <summary>Deletes failed exports and e-mail jobs older than a cutoff, in bounded batches.</summary>
public interface IFailedRecordPurger
{
    /// <returns>How many failed exports and failed e-mail jobs were deleted.</returns>
    Task<(int Exports, int EmailJobs)> PurgeOlderThanAsync(DateTimeOffset cutoff, int batchSize, CancellationToken cancellationToken);
}
