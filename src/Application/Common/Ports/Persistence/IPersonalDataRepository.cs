namespace ResumeExport.Application.Common.Ports.Persistence;

/// <summary>Everything stored about one user, read or erased as a whole; every query is by that user's id.</summary>
public interface IPersonalDataRepository
{
    /// <summary>The user's rows, read-only (the account itself is read through <see cref="IUserRepository"/>).</summary>
    Task<PersonalData> ReadAsync(Guid userId, CancellationToken cancellationToken);

    /// <summary>The files the user's exports point at, with the driver that wrote each.</summary>
    Task<IReadOnlyList<StoredExportFile>> ListExportFilesAsync(Guid userId, CancellationToken cancellationToken);

    /// <summary>
    /// Deletes the user's rows and then the user, at once (not at the next save): e-mail jobs, bulk applies and their
    /// applications, exports, resumes, audit rows and the subscription. Billing webhook events stay (docs/personal-data.md).
    /// Run it inside <see cref="IUnitOfWork.InTransactionAsync{T}"/> so it is all or nothing.
    /// </summary>
    Task<ErasedRows> EraseAsync(Guid userId, CancellationToken cancellationToken);
}
