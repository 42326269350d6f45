using Mediator;
using Microsoft.Extensions.Logging;
using ResumeExport.Application.Common.Exceptions;
using ResumeExport.Application.Common.Ports.Identity;
using ResumeExport.Application.Common.Ports.Persistence;
using ResumeExport.Application.Common.Ports.Storage;

namespace ResumeExport.Application.Users.DeleteAccount;

/// <summary>Deletes the caller's account and everything stored about them but the billing records (docs/personal-data.md).</summary>
/// <param name="Password">The caller's password, re-entered: a stolen token alone cannot erase an account.</param>
public sealed record DeleteAccountCommand(string Password) : ICommand;

/// <remarks>
/// The rows go in one transaction under the user's lock, so no concurrent request of that user can add a resume or an
/// export half-way. The files go after the commit: deleting them first would lose them if the transaction then failed.
/// A file left behind (a crash or a storage outage after the commit, or a render that finishes after the erasure) is
/// harmless to the application: nothing can reach it, since every download, preview and attachment goes through the
/// export's row, which is gone, and its key holds only ids, under <c>exports/{userId}/</c>. It is logged with its key
/// (<see cref="DeleteAccountLog.FileLeftBehind"/>) so an operator can remove it, as docs/personal-data.md says.
/// </remarks>
public sealed class DeleteAccountCommandHandler(
    ICurrentUser currentUser,
    IUserRepository users,
    IPasswordHasher passwordHasher,
    IPersonalDataRepository personalData,
    IExportStorageDrivers storageDrivers,
    IUnitOfWork unitOfWork,
    ILogger<DeleteAccountCommandHandler> logger) : ICommandHandler<DeleteAccountCommand>
{
    public const string WrongPassword = "The password is incorrect.";

    public async ValueTask<Unit> Handle(DeleteAccountCommand command, CancellationToken cancellationToken)
    {
        var userId = currentUser.RequiredUserId;
        var (files, erased) = await unitOfWork.InTransactionAsync(async ct =>
        {
            var user = await users.LockAsync(userId, ct) ?? throw new NotFoundException("User", userId);

            // 403, not 401: the caller is signed in; a 401 would tell a client to drop its session.
            if (passwordHasher.Verify(user.PasswordHash, command.Password) == PasswordCheck.Failed)
            {
                throw new ForbiddenException(WrongPassword);
            }

            var stored = await personalData.ListExportFilesAsync(userId, ct);
            return (stored, await personalData.EraseAsync(userId, ct));
        }, cancellationToken);

        DeleteAccountLog.Erased(logger, userId, erased.Resumes, erased.ResumeVersions, erased.Exports, erased.BulkApplies, erased.EmailJobs, files.Count);

        // Committed: the account is gone whatever happens next, so a client that hangs up must not stop the clean-up.
        // Exports reusing a file (decision 35) list its key each; only this user's exports ever share one.
        foreach (var file in files.DistinctBy(f => (f.Driver, f.Key)))
        {
            await DeleteFileAsync(file, CancellationToken.None);
        }

        return Unit.Value;
    }

    private async Task DeleteFileAsync(StoredExportFile file, CancellationToken cancellationToken)
    {
        var storage = storageDrivers.Find(file.Driver);
        if (storage is null)
        {
            DeleteAccountLog.FileLeftBehind(logger, null, file.ExportId, file.Driver, file.Key, "driver_not_configured");
            return;
        }

        try
        {
            await storage.DeleteAsync(file.Key, cancellationToken);
        }
        catch (ExportStorageException failure)
        {
            DeleteAccountLog.FileLeftBehind(logger, failure, file.ExportId, file.Driver, file.Key, failure.Code);
        }
    }
}
