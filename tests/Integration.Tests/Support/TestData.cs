using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using ResumeExport.Adapters.Persistence;
using ResumeExport.Application.Common.Ports.Storage;
using ResumeExport.Application.Exports.Common;
using ResumeExport.Domain.Exports;
using ResumeExport.Domain.Plans;

namespace ResumeExport.Integration.Tests.Support;

/// <summary>Arranges state the API has no endpoint for (yet), straight through the application's DbContext.</summary>
public static class TestData
{
    public static async Task MovePlanAsync(ApiFactory api, Guid userId, string planCode)
    {
        await using var scope = api.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var user = await db.Users.SingleAsync(u => u.Id == userId);
        user.MoveToPlan(planCode);
        await db.SaveChangesAsync();
    }

    /// <summary>A completed export of the resume with a stored file, as the PDF worker would leave it (no Chromium needed).</summary>
    public static async Task<(Guid ExportId, byte[] Pdf)> CompletedExportAsync(ApiFactory api, Guid userId, Guid resumeId, ExportDelivery delivery = ExportDelivery.Download)
    {
        await using var scope = api.Services.CreateAsyncScope();
        var storage = scope.ServiceProvider.GetRequiredService<IExportStorage>();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var now = DateTimeOffset.UtcNow;
        // Of the resume's current version with its file's hash, as the PDF worker records them.
        var version = await db.Resumes.Where(r => r.Id == resumeId).Select(r => (int?)r.LatestVersion).FirstOrDefaultAsync();
        var export = Export.Request(userId, resumeId, PageSize.A4, delivery, null, now, resumeVersion: version);
        var pdf = System.Text.Encoding.ASCII.GetBytes($"%PDF-1.4\n% test export {export.Id}\n%%EOF\n").Concat(Guid.NewGuid().ToByteArray()).ToArray();
        var key = ExportStorageKeys.For(userId, export.Id);
        await storage.SaveAsync(key, pdf, "application/pdf", CancellationToken.None);
        export.StartAttempt();
        export.Complete(storage.Driver, key, pdf.Length, 7, now, fileSha256: FileHashes.Sha256Hex(pdf));
        db.Exports.Add(export);
        await db.SaveChangesAsync();
        return (export.Id, pdf);
    }

    /// <summary>A new user on <paramref name="plan"/>, signed in.</summary>
    public static async Task<(HttpClient Client, Guid UserId)> SignedInClientAsync(ApiFactory api, string plan = "free")
    {
        var client = api.CreateClient();
        var (token, userId) = await ApiClient.RegisterAsync(client);
        if (plan != "free")
        {
            await MovePlanAsync(api, userId, plan);
        }

        return (client.Authorize(token), userId);
    }

    /// <summary>A new user promoted to admin, signed in again afterwards (the role travels in the token).</summary>
    public static async Task<HttpClient> AdminClientAsync(ApiFactory api)
    {
        var client = api.CreateClient();
        var email = $"admin-{Guid.NewGuid():N}@example.com";
        var (_, userId) = await ApiClient.RegisterAsync(client, email);
        await using (var scope = api.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
            (await db.Users.SingleAsync(u => u.Id == userId)).PromoteToAdmin();
            await db.SaveChangesAsync();
        }

        var login = await ApiClient.ReadJsonAsync(await client.PostAsJsonAsync("/api/auth/login", new { email, password = ApiClient.Password }));
        return client.Authorize(login["accessToken"]!.GetValue<string>());
    }
}
