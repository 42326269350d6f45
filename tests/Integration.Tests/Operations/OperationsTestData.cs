using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using ResumeExport.Adapters.Identity;
using ResumeExport.Adapters.Persistence;
using ResumeExport.Adapters.Persistence.Seeding;
using ResumeExport.Application.Common.Ports.Storage;
using ResumeExport.Application.Exports.Common;
using ResumeExport.Domain.Exports;
using ResumeExport.Domain.Plans;
using ResumeExport.Domain.Users;

namespace ResumeExport.Integration.Tests.Operations;

/// <summary>
/// Arranges exports for the scheduled jobs straight through the worker's DbContext and storage driver, through the
/// domain's own state changes (request, attempt, complete or fail): no Chromium needed.
/// </summary>
internal static class OperationsTestData
{
    public static async Task MigrateAsync(IServiceProvider services)
    {
        // The PDF worker never migrates (the API does), so it has no password hasher for the seeding: lend it one.
        await using var scope = services.CreateAsyncScope();
        await ActivatorUtilities.CreateInstance<DatabaseInitializer>(scope.ServiceProvider, new AspNetPasswordHasher()).InitializeAsync(CancellationToken.None);
    }

    public static async Task<Guid> CreateUserAsync(IServiceProvider services)
    {
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var user = User.Register(EmailAddress.Parse($"ops-{Guid.NewGuid():N}@example.com"), "not-a-real-hash", "Ops Test", DateTimeOffset.UtcNow);
        db.Users.Add(user);
        await db.SaveChangesAsync();
        return user.Id;
    }

    /// <summary>
    /// A completed export whose PDF (<paramref name="sizeBytes"/> bytes) is really stored by the host's driver, and with
    /// <paramref name="withPreview"/> its preview PNG beside it.
    /// </summary>
    public static async Task<Export> AddStoredExportAsync(IServiceProvider services, Guid userId, int sizeBytes, bool withPreview = false)
    {
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var storage = scope.ServiceProvider.GetRequiredService<IExportStorage>();
        var now = DateTimeOffset.UtcNow;
        var export = Export.Request(userId, Guid.NewGuid(), PageSize.A4, ExportDelivery.Download, null, now);
        export.StartAttempt();
        var key = ExportStorageKeys.For(userId, export.Id);
        var content = new byte[sizeBytes];
        "%PDF-1.7\n"u8.CopyTo(content);
        await storage.SaveAsync(key, content, "application/pdf", CancellationToken.None);
        string? previewKey = null;
        if (withPreview)
        {
            previewKey = ExportStorageKeys.PreviewFor(userId, export.Id);
            await storage.SaveAsync(previewKey, new byte[] { 137, 80, 78, 71, 13, 10, 26, 10 }, "image/png", CancellationToken.None);
        }

        export.Complete(storage.Driver, key, sizeBytes, retentionDays: 30, now, previewKey);
        db.Exports.Add(export);
        await db.SaveChangesAsync();
        return export;
    }

    /// <summary>Moves exports' expiry to <paramref name="expiresAt"/> with SQL, as time passing would.</summary>
    public static async Task SetExpiryAsync(IServiceProvider services, IEnumerable<Export> exports, DateTimeOffset expiresAt)
    {
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var ids = exports.Select(e => e.Id).ToArray();
        await db.Database.ExecuteSqlAsync($"UPDATE exports SET expires_at = {expiresAt} WHERE id = ANY({ids})");
    }

    /// <summary>Exports that finished at <paramref name="finishedAt"/>: <paramref name="failed"/> failed and <paramref name="completed"/> completed.</summary>
    public static async Task AddFinishedExportsAsync(IServiceProvider services, Guid userId, DateTimeOffset finishedAt, int failed, int completed)
    {
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        for (var i = 0; i < failed + completed; i++)
        {
            var export = Export.Request(userId, Guid.NewGuid(), PageSize.A4, ExportDelivery.Download, null, finishedAt.AddMinutes(-2));
            export.StartAttempt();
            if (i < failed)
            {
                export.Fail(ExportErrorCodes.RenderFailed, "Chromium crashed.", finishedAt);
            }
            else
            {
                export.Complete("local", ExportStorageKeys.For(userId, export.Id), 1000, retentionDays: 30, finishedAt);
            }

            db.Exports.Add(export);
        }

        await db.SaveChangesAsync();
    }

    public static async Task<Dictionary<Guid, ExportStatus>> StatusesAsync(IServiceProvider services, IEnumerable<Export> exports)
    {
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var ids = exports.Select(e => e.Id).ToList();
        return await db.Exports.Where(e => ids.Contains(e.Id)).ToDictionaryAsync(e => e.Id, e => e.Status);
    }
}
