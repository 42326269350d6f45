using ResumeExport.Application.Common.Ports.Persistence;


namespace ResumeExport.Application.UnitTests.Fakes;

internal sealed class RecordingFailedRecordPurger : IFailedRecordPurger
{
    public DateTimeOffset? Cutoff { get; private set; }

    public (int Exports, int EmailJobs) Result { get; set; }

    public Task<(int Exports, int EmailJobs)> PurgeOlderThanAsync(DateTimeOffset cutoff, int batchSize, CancellationToken cancellationToken)
    {
        Cutoff = cutoff;
        return Task.FromResult(Result);
    }
}
