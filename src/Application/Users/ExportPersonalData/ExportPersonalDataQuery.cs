using System.IO.Compression;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;
using Mediator;
using ResumeExport.Application.Common.Exceptions;
using ResumeExport.Application.Common.Ports.Identity;
using ResumeExport.Application.Common.Ports.Persistence;
using ResumeExport.Application.Common.Ports.Storage;
using ResumeExport.Application.Resumes.Common;
using ResumeExport.Application.Resumes.JsonResume;
using ResumeExport.Domain.Exports;

namespace ResumeExport.Application.Users.ExportPersonalData;

/// <summary>
/// A ZIP of everything stored about the caller: <c>account.json</c>, <c>resumes/{id}.json</c> (JSON Resume) with
/// <c>resumes/{id}/versions.json</c> (every stored version with its content, oldest first),
/// <c>share-links.json</c> (never a token: none is stored), <c>exports.json</c> with <c>exports/{id}.pdf</c> (or the export's format's extension) and <c>.png</c>, and <c>applications.json</c> (bulk applies and e-mails).
/// </summary>
public sealed record ExportPersonalDataQuery : IQuery<PersonalDataArchive>;

/// <remarks>
/// Built in memory: the export files stop at <see cref="MaxFileBytes"/> in total; an export whose files would pass it
/// is listed with <c>fileIncluded: false</c> (it can still be downloaded on its own), so the archive stays bounded.
/// </remarks>
public sealed class ExportPersonalDataQueryHandler(
    ICurrentUser currentUser, IUserRepository users, IPersonalDataRepository personalData, IExportStorageDrivers storageDrivers, TimeProvider clock)
    : IQueryHandler<ExportPersonalDataQuery, PersonalDataArchive>
{
    public const long MaxFileBytes = 64L * 1024 * 1024;

    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true };

    private static readonly JsonSerializerOptions Api = new(JsonSerializerDefaults.Web) { DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull };

    public async ValueTask<PersonalDataArchive> Handle(ExportPersonalDataQuery query, CancellationToken cancellationToken)
    {
        var userId = currentUser.RequiredUserId;
        var user = await users.FindByIdAsync(userId, cancellationToken) ?? throw new NotFoundException("User", userId);
        var data = await personalData.ReadAsync(userId, cancellationToken);

        using var buffer = new MemoryStream();
        using (var zip = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
        {
            var subscription = data.Subscription is { } s
                ? new JsonObject
                {
                    ["provider"] = s.Provider,
                    ["status"] = s.Status.ToString().ToLowerInvariant(),
                    ["currentPeriodStart"] = s.CurrentPeriodStart,
                    ["currentPeriodEnd"] = s.CurrentPeriodEnd,
                    ["pendingPlanCode"] = s.PendingPlanCode,
                    ["pendingChangeAt"] = s.PendingChangeAt,
                }
                : null;
            Write(zip, "account.json", new JsonObject
            {
                ["id"] = user.Id,
                ["email"] = user.Email,
                ["displayName"] = user.DisplayName,
                ["role"] = user.IsAdmin ? "admin" : "user",
                ["plan"] = user.PlanCode,
                ["createdAt"] = user.CreatedAt,
                ["subscription"] = subscription,
                ["exportedAt"] = clock.GetUtcNow(),
            });

            foreach (var resume in data.Resumes)
            {
                Write(zip, $"resumes/{resume.Id:N}.json", JsonResumeExporter.Export(resume, user.DisplayName, user.Email));
                var versions = data.ResumeVersions.Where(v => v.ResumeId == resume.Id).OrderBy(v => v.Version).Select(ResumeVersionResponse.From);
                Write(zip, $"resumes/{resume.Id:N}/versions.json", JsonSerializer.SerializeToNode(versions.ToArray(), Api)!);
            }

            var exports = new JsonArray();
            var fileBytes = 0L;
            foreach (var export in data.Exports)
            {
                var included = false;
                if (export is { Status: ExportStatus.Completed, StorageKey: not null, StorageDriver: not null }
                    && fileBytes + (export.SizeBytes ?? 0) <= MaxFileBytes
                    && storageDrivers.Find(export.StorageDriver) is { } storage)
                {
                    var pdf = await TryReadAsync(storage, export.StorageKey, cancellationToken);
                    if (pdf is not null && fileBytes + pdf.Length <= MaxFileBytes)
                    {
                        AddFile(zip, $"exports/{export.Id:N}.{ExportFormats.ExtensionOf(export.Format)}", pdf);
                        fileBytes += pdf.Length;
                        included = true;
                        if (export.PreviewStorageKey is not null && await TryReadAsync(storage, export.PreviewStorageKey, cancellationToken) is { } png
                            && fileBytes + png.Length <= MaxFileBytes)
                        {
                            AddFile(zip, $"exports/{export.Id:N}.png", png);
                            fileBytes += png.Length;
                        }
                    }
                }

                exports.Add(new JsonObject
                {
                    ["id"] = export.Id,
                    ["resumeId"] = export.ResumeId,
                    ["status"] = export.Status.ToString().ToLowerInvariant(),
                    ["delivery"] = export.Delivery.ToString().ToLowerInvariant(),
                    ["pageSize"] = export.PageSize.ToString().ToLowerInvariant(),
                    ["requestedAt"] = export.RequestedAt,
                    ["completedAt"] = export.CompletedAt,
                    ["expiresAt"] = export.ExpiresAt,
                    ["sizeBytes"] = export.SizeBytes,
                    ["resumeVersion"] = export.ResumeVersion,
                    ["sha256"] = export.FileSha256,
                    ["fileIncluded"] = included,
                });
            }

            Write(zip, "exports.json", exports);
            var now = clock.GetUtcNow();
            Write(zip, "share-links.json", new JsonArray([.. data.ShareLinks.Select(l => (JsonNode)new JsonObject
            {
                ["id"] = l.Id, ["resumeId"] = l.ResumeId, ["version"] = l.Version, ["passwordProtected"] = l.IsProtected,
                ["state"] = l.StateAt(now).ToString().ToLowerInvariant(), ["views"] = l.ViewCount, ["downloads"] = l.DownloadCount,
                ["createdAt"] = l.CreatedAt, ["expiresAt"] = l.ExpiresAt, ["revokedAt"] = l.RevokedAt,
            })]));
            Write(zip, "applications.json", new JsonObject
            {
                ["bulkApplies"] = new JsonArray([.. data.BulkApplies.Select(b => (JsonNode)new JsonObject
                {
                    ["id"] = b.Id, ["resumeId"] = b.ResumeId, ["exportId"] = b.ExportId, ["createdAt"] = b.CreatedAt,
                    ["applications"] = new JsonArray([.. b.Applications.OrderBy(a => a.Ordinal).Select(a => (JsonNode)new JsonObject
                    {
                        ["company"] = a.Company, ["position"] = a.Position, ["recipient"] = a.RecipientEmail, ["message"] = a.Message,
                        ["status"] = a.Status.ToString().ToLowerInvariant(), ["emailJobId"] = a.EmailJobId,
                        ["sentExportId"] = a.SentExportId, ["sentResumeVersion"] = a.SentResumeVersion, ["sentSha256"] = a.SentFileSha256,
                    })]),
                })]),
                ["emails"] = new JsonArray([.. data.EmailJobs.Select(j => (JsonNode)new JsonObject
                {
                    ["id"] = j.Id, ["reason"] = JsonNamingPolicy.CamelCase.ConvertName(j.Reason.ToString()), ["recipient"] = j.Recipient,
                    ["status"] = j.Status.ToString().ToLowerInvariant(), ["attempts"] = j.Attempts, ["exportId"] = j.ExportId,
                    ["bulkApplyId"] = j.BulkApplyId, ["createdAt"] = j.CreatedAt, ["sentAt"] = j.SentAt, ["lastErrorCode"] = j.LastErrorCode,
                })]),
            });
        }

        return new PersonalDataArchive(buffer.ToArray(), $"resume-export-data-{clock.GetUtcNow():yyyy-MM-dd}.zip");
    }

    // A file gone from storage (expired, cleaned up) is simply not in the archive; its export is still listed.
    private static async Task<byte[]?> TryReadAsync(IExportStorage storage, string key, CancellationToken cancellationToken)
    {
        try
        {
            return await storage.ReadAsync(key, cancellationToken);
        }
        catch (FileNotFoundException)
        {
            return null;
        }
    }

    private static void Write(ZipArchive zip, string name, JsonNode document) =>
        AddFile(zip, name, JsonSerializer.SerializeToUtf8Bytes(document, Indented));

    private static void AddFile(ZipArchive zip, string name, byte[] content)
    {
        using var entry = zip.CreateEntry(name, CompressionLevel.Fastest).Open();
        entry.Write(content);
    }
}
