using Microsoft.Extensions.Logging;

namespace ResumeExport.Application.Users.DeleteAccount;

/// <summary>What an account deletion erased, and any file it could not delete (by key, so an operator can).</summary>
internal static partial class DeleteAccountLog
{
    [LoggerMessage(EventId = 4301, Level = LogLevel.Information,
        Message = "Account {UserId} deleted: {Resumes} resumes ({ResumeVersions} versions), {Exports} exports, {BulkApplies} bulk applies, {EmailJobs} e-mail jobs; {Files} files to delete")]
    public static partial void Erased(ILogger logger, Guid userId, int resumes, int resumeVersions, int exports, int bulkApplies, int emailJobs, int files);

    [LoggerMessage(EventId = 4302, Level = LogLevel.Error,
        Message = "Account deletion left the file {StorageKey} of export {ExportId} on the '{Driver}' driver ({ErrorCode}); nothing refers to it any more, delete it by hand")]
    public static partial void FileLeftBehind(ILogger logger, Exception? exception, Guid exportId, string driver, string storageKey, string errorCode);
}
