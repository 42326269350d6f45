using System.IO.Compression;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using ResumeExport.Adapters.Persistence;
using ResumeExport.Application.Common.Ports.Storage;
using ResumeExport.Application.Exports.Common;
using ResumeExport.Domain.Billing;
using ResumeExport.Domain.BulkApplies;
using ResumeExport.Domain.Exports;
using ResumeExport.Domain.Plans;
using ResumeExport.Domain.SystemLogs;
using ResumeExport.Integration.Tests.BulkApplies;
using ResumeExport.Integration.Tests.Doubles;
using ResumeExport.Integration.Tests.Resumes;
using ResumeExport.Integration.Tests.Support;

namespace ResumeExport.Integration.Tests.Users;

/// <summary>
/// <c>GET /api/users/me/data</c> and <c>DELETE /api/users/me</c> over real Kestrel, PostgreSQL, the local directory and
/// the s3 test server: the ZIP holds the caller's data, and after the deletion neither PostgreSQL nor the storage
/// holds anything of the caller, while another user's rows and files are intact.
/// </summary>
[NonParallelizable]
public sealed class PersonalDataTests : ApiFixture
{
    private readonly string bucket = S3TestServer.NewBucketName();

    protected override IDictionary<string, string?> Settings
    {
        get
        {
            // Local stays the configured driver; s3 is reachable by name, as after a move from one driver to the other.
            var s3 = S3TestServer.OptionsFor(bucket);
            return new Dictionary<string, string?>
            {
                ["Storage:S3:ServiceUrl"] = s3.ServiceUrl,
                ["Storage:S3:Region"] = s3.Region,
                ["Storage:S3:BucketName"] = s3.BucketName,
                ["Storage:S3:AccessKey"] = s3.AccessKey,
                ["Storage:S3:SecretKey"] = s3.SecretKey,
            };
        }
    }

    [Test]
    public async Task The_data_export_is_a_zip_of_the_account_the_resumes_as_json_resume_the_export_files_and_the_applications()
    {
        var (client, userId) = await TestData.SignedInClientAsync(Api, "team");
        var resumeId = await PostResumeAsync(client);
        var (localExportId, localPdf) = await TestData.CompletedExportAsync(Api, userId, resumeId);
        var (s3ExportId, s3Pdf) = await S3ExportAsync(userId, resumeId);
        Assert.That((await BulkApplyClient.PostAsync(client, resumeId, "recruiter@company.example")).StatusCode, Is.EqualTo(HttpStatusCode.Accepted).Or.EqualTo(HttpStatusCode.Created));

        using var response = await client.GetAsync("/api/users/me/data");

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(response.Content.Headers.ContentType?.MediaType, Is.EqualTo("application/zip"));
        Assert.That(response.Content.Headers.ContentDisposition?.DispositionType, Is.EqualTo("attachment"));
        using var zip = new ZipArchive(await response.Content.ReadAsStreamAsync(), ZipArchiveMode.Read);
        var names = zip.Entries.Select(e => e.FullName).ToArray();
        Assert.That(names, Is.SupersetOf(new[]
        {
            "account.json", $"resumes/{resumeId:N}.json", "exports.json", $"exports/{localExportId:N}.pdf", $"exports/{s3ExportId:N}.pdf",
            $"exports/{s3ExportId:N}.png", "applications.json",
        }));
        Assert.That(Read(zip, $"exports/{localExportId:N}.pdf"), Is.EqualTo(localPdf));
        Assert.That(Read(zip, $"exports/{s3ExportId:N}.pdf"), Is.EqualTo(s3Pdf));
        var account = JsonNode.Parse(Read(zip, "account.json"))!;
        Assert.That(account["id"]!.GetValue<Guid>(), Is.EqualTo(userId));
        Assert.That(account["plan"]!.GetValue<string>(), Is.EqualTo("team"));
        Assert.That(JsonNode.Parse(Read(zip, $"resumes/{resumeId:N}.json"))!["basics"], Is.Not.Null);
        var applications = JsonNode.Parse(Read(zip, "applications.json"))!;
        Assert.That(applications["bulkApplies"]!.AsArray(), Has.Count.EqualTo(1));
        Assert.That(applications["emails"]!.AsArray().Select(e => e!["recipient"]!.GetValue<string>()), Does.Contain("recruiter@company.example"));
    }

    [Test]
    public async Task Deleting_the_account_without_the_password_is_a_400_and_with_a_wrong_one_a_403_and_nothing_is_deleted()
    {
        var (client, userId) = await TestData.SignedInClientAsync(Api);

        using var missing = await DeleteMeAsync(client, new { });
        using var wrong = await DeleteMeAsync(client, new { password = "not-the-password" });

        Assert.That(missing.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
        Assert.That(await missing.Content.ReadAsStringAsync(), Does.Contain("password").IgnoreCase);
        Assert.That(wrong.StatusCode, Is.EqualTo(HttpStatusCode.Forbidden));
        Assert.That(await wrong.Content.ReadAsStringAsync(), Does.Contain("password").IgnoreCase);
        await using var scope = Api.Services.CreateAsyncScope();
        Assert.That(await scope.ServiceProvider.GetRequiredService<AppDbContext>().Users.AnyAsync(u => u.Id == userId), Is.True);
    }

    [Test]
    public async Task Deleting_the_account_leaves_no_row_of_the_user_in_postgresql_and_no_file_on_either_driver_and_keeps_another_users_data()
    {
        var (client, userId) = await TestData.SignedInClientAsync(Api, "team");
        var resumeId = await PostResumeAsync(client);
        var (localExportId, _) = await TestData.CompletedExportAsync(Api, userId, resumeId);
        var (s3ExportId, _) = await S3ExportAsync(userId, resumeId);
        Assert.That((await BulkApplyClient.PostAsync(client, resumeId, "recruiter@company.example")).IsSuccessStatusCode, Is.True);
        var (other, otherId) = await TestData.SignedInClientAsync(Api, "team");
        var otherResumeId = await PostResumeAsync(other);
        var (otherExportId, _) = await TestData.CompletedExportAsync(Api, otherId, otherResumeId);
        Assert.That((await BulkApplyClient.PostAsync(other, otherResumeId, "recruiter@company.example")).IsSuccessStatusCode, Is.True);

        using var deleted = await DeleteMeAsync(client, new { password = ApiClient.Password });

        Assert.That(deleted.StatusCode, Is.EqualTo(HttpStatusCode.NoContent));
        Assert.That(await RowsOfAsync(userId), Is.EqualTo(new Dictionary<string, int>
        {
            ["users"] = 0,
            ["resumes"] = 0,
            ["exports"] = 0,
            ["bulk_applies"] = 0,
            ["bulk_applications"] = 0,
            ["email_jobs"] = 0,
            ["system_logs"] = 0,
            ["subscriptions"] = 0,
        }));
        var others = await RowsOfAsync(otherId);
        Assert.That(others.Where(r => r.Key is not ("subscriptions" or "system_logs")).Select(r => r.Value), Is.All.GreaterThan(0), string.Join(", ", others));
        await using var scope = Api.Services.CreateAsyncScope();
        var local = scope.ServiceProvider.GetRequiredKeyedService<IExportStorage>("local");
        var s3 = scope.ServiceProvider.GetRequiredKeyedService<IExportStorage>("s3");
        Assert.That(await local.ExistsAsync(ExportStorageKeys.For(userId, localExportId), CancellationToken.None), Is.False);
        Assert.That(await s3.ExistsAsync(ExportStorageKeys.For(userId, s3ExportId), CancellationToken.None), Is.False);
        Assert.That(await s3.ExistsAsync(ExportStorageKeys.PreviewFor(userId, s3ExportId), CancellationToken.None), Is.False);
        Assert.That(await local.ExistsAsync(ExportStorageKeys.For(otherId, otherExportId), CancellationToken.None), Is.True);
        Assert.That((await client.GetAsync("/api/users/me")).StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
    }

    private static byte[] Read(ZipArchive zip, string name)
    {
        using var stream = zip.GetEntry(name)!.Open();
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    }

    private static async Task<Guid> PostResumeAsync(HttpClient client) =>
        Guid.Parse((await ResumesApiTests.PostResumeAsync(client, ResumeSamples.Classic()))["id"]!.GetValue<string>());

    private static Task<HttpResponseMessage> DeleteMeAsync(HttpClient client, object body) =>
        client.SendAsync(new HttpRequestMessage(HttpMethod.Delete, "/api/users/me") { Content = JsonContent.Create(body) });

    /// <summary>An export written by the s3 driver (not the configured one), with its preview beside it.</summary>
    private async Task<(Guid ExportId, byte[] Pdf)> S3ExportAsync(Guid userId, Guid resumeId)
    {
        await using var scope = Api.Services.CreateAsyncScope();
        var s3 = scope.ServiceProvider.GetRequiredKeyedService<IExportStorage>("s3");
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var now = DateTimeOffset.UtcNow;
        var export = Export.Request(userId, resumeId, PageSize.A4, ExportDelivery.Download, null, now);
        var pdf = System.Text.Encoding.ASCII.GetBytes($"%PDF-1.4\n% s3 export {export.Id}\n%%EOF\n");
        await s3.SaveAsync(ExportStorageKeys.For(userId, export.Id), pdf, "application/pdf", CancellationToken.None);
        await s3.SaveAsync(ExportStorageKeys.PreviewFor(userId, export.Id), new byte[] { 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 1, 2, 3 }, "image/png", CancellationToken.None);
        export.StartAttempt();
        export.Complete(s3.Driver, ExportStorageKeys.For(userId, export.Id), pdf.Length, 7, now, ExportStorageKeys.PreviewFor(userId, export.Id));
        db.Exports.Add(export);
        await db.SaveChangesAsync();
        return (export.Id, pdf);
    }

    private async Task<Dictionary<string, int>> RowsOfAsync(Guid userId)
    {
        await using var scope = Api.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var bulkApplyIds = db.Set<BulkApply>().Where(b => b.UserId == userId).Select(b => b.Id);
        return new Dictionary<string, int>
        {
            ["users"] = await db.Users.CountAsync(u => u.Id == userId),
            ["resumes"] = await db.Resumes.CountAsync(r => r.UserId == userId),
            ["exports"] = await db.Exports.CountAsync(e => e.UserId == userId),
            ["bulk_applies"] = await db.Set<BulkApply>().CountAsync(b => b.UserId == userId),
            ["bulk_applications"] = await db.Set<BulkApplication>().CountAsync(a => bulkApplyIds.Contains(a.BulkApplyId)),
            ["email_jobs"] = await db.EmailJobs.CountAsync(j => j.UserId == userId),
            ["system_logs"] = await db.Set<SystemLog>().CountAsync(l => l.UserId == userId),
            ["subscriptions"] = await db.Set<Subscription>().CountAsync(s => s.UserId == userId),
        };
    }
}
