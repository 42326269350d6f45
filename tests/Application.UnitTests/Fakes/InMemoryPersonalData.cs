using ResumeExport.Application.Common.Ports.Persistence;

namespace ResumeExport.Application.UnitTests.Fakes;

/// <summary>The files it lists are <see cref="Files"/>; <see cref="Erased"/> says whose rows were erased, and whether in a transaction.</summary>
internal sealed class InMemoryPersonalData(CountingUnitOfWork unitOfWork) : IPersonalDataRepository
{
    public List<StoredExportFile> Files { get; } = [];

    public List<(Guid UserId, bool InTransaction)> Erased { get; } = [];

    public Task<PersonalData> ReadAsync(Guid userId, CancellationToken cancellationToken) =>
        Task.FromResult(new PersonalData([], [], [], [], null, [], []));

    public Task<IReadOnlyList<StoredExportFile>> ListExportFilesAsync(Guid userId, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<StoredExportFile>>(Files);

    public Task<ErasedRows> EraseAsync(Guid userId, CancellationToken cancellationToken)
    {
        Erased.Add((userId, unitOfWork.IsInTransaction));
        return Task.FromResult(new ErasedRows(0, 0, 0, 0, 0, 1, 0, 0));
    }
}
