using System.IO.Compression;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using ResumeExport.Adapters.Persistence;
using ResumeExport.Application.Common.Ports.Persistence;
using ResumeExport.Domain.ShareLinks;
using ResumeExport.Integration.Tests.Support;

namespace ResumeExport.Integration.Tests.ShareLinks;

/// <summary>
/// Share links over real Kestrel and PostgreSQL (issue 24, item 4): the owner's create, list and revoke, the plan
/// feature, bad input naming its field, other users' items as 404, and the public page's answers and headers.
/// The page in a real browser, with its PDF, is <see cref="SharePageBrowserTests"/>.
/// </summary>
public sealed class ShareLinksApiTests : ApiFixture
{
    protected override IDictionary<string, string?> Settings => new Dictionary<string, string?>
    {
        ["Api:SharePasswordPermitsPerAddress"] = "1000",
        ["Api:SharePasswordPermitsPerLink"] = "5",
    };

    [Test]
    public async Task A_link_is_created_listed_without_its_url_counted_and_revoked_to_410()
    {
        var (owner, _) = await TestData.SignedInClientAsync(Api, "pro");
        var resumeId = await ShareLinkClient.PostResumeAsync(owner, "Platform Engineer");
        var expiresAt = DateTimeOffset.UtcNow.AddDays(7);
        using var response = await ShareLinkClient.CreateAsync(owner, resumeId, new { expiresAt });
        var created = await ApiClient.ReadJsonAsync(response);
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Created), created.ToJsonString());
        var url = new Uri(created["url"]!.GetValue<string>());
        var token = url.AbsolutePath["/s/".Length..];
        Assert.Multiple(() =>
        {
            Assert.That(url.AbsolutePath, Does.StartWith("/s/"));
            Assert.That(token, Has.Length.GreaterThanOrEqualTo(22), "at least 128 bits, base64url");
            Assert.That(created["expiresAt"]!.GetValue<DateTimeOffset>(), Is.EqualTo(expiresAt).Within(TimeSpan.FromMilliseconds(1)));
            Assert.That(created["createdAt"], Is.Not.Null);
        });

        using var anonymous = Api.CreateClient();
        using var page = await anonymous.GetAsync(url.AbsolutePath);
        var html = await page.Content.ReadAsStringAsync();
        Assert.Multiple(() =>
        {
            Assert.That(page.StatusCode, Is.EqualTo(HttpStatusCode.OK));
            Assert.That(page.Content.Headers.ContentType!.MediaType, Is.EqualTo("text/html"));
            Assert.That(html, Does.Contain("Platform Engineer").And.Contain("Download PDF").And.Contain($"{url.AbsolutePath}/pdf"));
            AssertSharePageHeaders(page);
        });

        var listed = (await ShareLinkClient.ListAsync(owner, resumeId)).Single()!;
        Assert.Multiple(() =>
        {
            Assert.That(listed["id"]!.GetValue<string>(), Is.EqualTo(created["id"]!.GetValue<string>()));
            Assert.That(listed["state"]!.GetValue<string>(), Is.EqualTo("active"));
            Assert.That(listed["views"]!.GetValue<int>(), Is.EqualTo(1));
            Assert.That(listed["downloads"]!.GetValue<int>(), Is.EqualTo(0));
            Assert.That(listed["passwordProtected"]!.GetValue<bool>(), Is.False);
            Assert.That(listed.ToJsonString(), Does.Not.Contain(token), "the list never shows the token");
            Assert.That(listed.AsObject().ContainsKey("url"), Is.False);
        });

        using var revoked = await owner.DeleteAsync($"/api/resumes/{resumeId}/share-links/{created["id"]}");
        Assert.That(revoked.StatusCode, Is.EqualTo(HttpStatusCode.NoContent));
        using var gone = await anonymous.GetAsync(url.AbsolutePath);
        using var gonePdf = await anonymous.GetAsync(url.AbsolutePath + "/pdf");
        Assert.Multiple(async () =>
        {
            Assert.That(gone.StatusCode, Is.EqualTo(HttpStatusCode.Gone));
            Assert.That(gonePdf.StatusCode, Is.EqualTo(HttpStatusCode.Gone));
            AssertSharePageHeaders(gone);
            Assert.That((await ShareLinkClient.ListAsync(owner, resumeId)).Single()!["state"]!.GetValue<string>(), Is.EqualTo("revoked"));
        });
    }

    [Test]
    public async Task The_pdf_is_the_latest_completed_export_and_counts_a_download()
    {
        var (owner, userId) = await TestData.SignedInClientAsync(Api, "pro");
        var resumeId = await ShareLinkClient.PostResumeAsync(owner);
        var (_, pdf) = await TestData.CompletedExportAsync(Api, userId, resumeId);
        var (_, path) = await ShareLinkClient.CreateLinkAsync(owner, resumeId);

        using var anonymous = Api.CreateClient();
        using var response = await anonymous.GetAsync(path + "/pdf");
        Assert.Multiple(async () =>
        {
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
            Assert.That(response.Content.Headers.ContentType!.MediaType, Is.EqualTo("application/pdf"));
            Assert.That(response.Content.Headers.ContentDisposition!.DispositionType, Is.EqualTo("attachment"));
            Assert.That(await response.Content.ReadAsByteArrayAsync(), Is.EqualTo(pdf));
            AssertSharePageHeaders(response);
            Assert.That((await ShareLinkClient.ListAsync(owner, resumeId)).Single()!["downloads"]!.GetValue<int>(), Is.EqualTo(1));
        });
    }

    [Test]
    public async Task A_pinned_link_shows_and_prints_its_version_while_an_unpinned_one_follows_the_latest()
    {
        var (owner, userId) = await TestData.SignedInClientAsync(Api, "pro");
        var resumeId = await ShareLinkClient.PostResumeAsync(owner, "Version One Title");
        await ShareLinkClient.UpdateResumeAsync(owner, resumeId, "Version Two Title");
        var (_, pinned) = await ShareLinkClient.CreateLinkAsync(owner, resumeId, new { version = 1 });
        var (_, latest) = await ShareLinkClient.CreateLinkAsync(owner, resumeId);
        using var missing = await ShareLinkClient.CreateAsync(owner, resumeId, new { version = 3 });
        var missingProblem = await ApiClient.ReadJsonAsync(missing);

        using var anonymous = Api.CreateClient();
        var pinnedHtml = await anonymous.GetStringAsync(pinned);
        await ShareLinkClient.UpdateResumeAsync(owner, resumeId, "Version Three Title");
        var latestHtml = await anonymous.GetStringAsync(latest);
        using var pinnedPdf = await anonymous.GetAsync(pinned + "/pdf");
        var exports = (await ApiClient.ReadJsonAsync(await owner.GetAsync("/api/resumes/exports")))["items"]!.AsArray();
        IReadOnlySet<int> kept;
        await using (var scope = Api.Services.CreateAsyncScope())
        {
            kept = await scope.ServiceProvider.GetRequiredService<IResumeVersionRepository>().PinnedNumbersAsync(resumeId, CancellationToken.None);
        }

        Assert.Multiple(() =>
        {
            Assert.That(missing.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest), missingProblem.ToJsonString());
            Assert.That(missingProblem["errors"]!.AsObject().ContainsKey("version"), Is.True, missingProblem.ToJsonString());
            Assert.That(pinnedHtml, Does.Contain("Version One Title").And.Not.Contain("Version Two Title"));
            Assert.That(latestHtml, Does.Contain("Version Three Title").And.Not.Contain("Version One Title"));
            Assert.That(pinnedPdf.StatusCode, Is.EqualTo(HttpStatusCode.Accepted));
            Assert.That(exports.Single()!["resumeVersion"]!.GetValue<int>(), Is.EqualTo(1), "the queued PDF renders the pinned version");
            Assert.That(kept, Does.Contain(1), "pruning keeps a version an open link shows");
        });

        // A completed PDF of another version is never served for the pinned link.
        var (_, latestPdf) = await TestData.CompletedExportAsync(Api, userId, resumeId);
        using var stillWaiting = await anonymous.GetAsync(pinned + "/pdf");
        using var served = await anonymous.GetAsync(latest + "/pdf");
        Assert.That(stillWaiting.StatusCode, Is.EqualTo(HttpStatusCode.Accepted));
        Assert.That(await served.Content.ReadAsByteArrayAsync(), Is.EqualTo(latestPdf));
    }

    [Test]
    public async Task Without_a_pdf_one_is_queued_for_the_owner_and_the_viewer_is_told_to_come_back()
    {
        var (owner, _) = await TestData.SignedInClientAsync(Api, "pro");
        var resumeId = await ShareLinkClient.PostResumeAsync(owner);
        var (_, path) = await ShareLinkClient.CreateLinkAsync(owner, resumeId);

        using var anonymous = Api.CreateClient();
        using var first = await anonymous.GetAsync(path + "/pdf");
        using var second = await anonymous.GetAsync(path + "/pdf");
        var exports = await ApiClient.ReadJsonAsync(await owner.GetAsync("/api/resumes/exports"));
        Assert.Multiple(() =>
        {
            Assert.That(first.StatusCode, Is.EqualTo(HttpStatusCode.Accepted));
            Assert.That(first.Headers.RetryAfter?.Delta, Is.EqualTo(TimeSpan.FromSeconds(5)));
            Assert.That(second.StatusCode, Is.EqualTo(HttpStatusCode.Accepted));
            Assert.That(exports["items"]!.AsArray(), Has.Count.EqualTo(1), "one export for both viewers, through the normal pipeline");
        });
    }

    [Test]
    public async Task A_protected_link_asks_for_its_password_refuses_a_wrong_one_and_opens_with_the_right_one()
    {
        var (owner, _) = await TestData.SignedInClientAsync(Api, "pro");
        var resumeId = await ShareLinkClient.PostResumeAsync(owner, "Protected Person");
        var (_, path) = await ShareLinkClient.CreateLinkAsync(owner, resumeId, new { password = "open-sesame-42" });

        var cookies = new CookieContainer();
        using var viewer = new HttpClient(new HttpClientHandler { CookieContainer = cookies, AllowAutoRedirect = false }) { BaseAddress = Api.CreateClient().BaseAddress };
        using var asked = await viewer.GetAsync(path);
        using var wrong = await viewer.PostAsync(path, ShareLinkClient.Password("not-the-password"));
        using var pdfWithout = await viewer.GetAsync(path + "/pdf");
        using var right = await viewer.PostAsync(path, ShareLinkClient.Password("open-sesame-42"));
        var cookie = right.Headers.GetValues("Set-Cookie").Single();
        using var shown = await viewer.GetAsync(path);
        Assert.Multiple(async () =>
        {
            Assert.That(asked.StatusCode, Is.EqualTo(HttpStatusCode.Unauthorized));
            Assert.That(await asked.Content.ReadAsStringAsync(), Does.Contain("<form method=\"post\"").And.Not.Contain("Protected Person"));
            Assert.That(wrong.StatusCode, Is.EqualTo(HttpStatusCode.Unauthorized));
            Assert.That(await wrong.Content.ReadAsStringAsync(), Does.Contain("The password is incorrect."));
            Assert.That(pdfWithout.StatusCode, Is.EqualTo(HttpStatusCode.Unauthorized));
            Assert.That(right.StatusCode, Is.EqualTo(HttpStatusCode.SeeOther));
            Assert.That(right.Headers.Location!.ToString(), Is.EqualTo(path));
            Assert.That(cookie, Does.Contain($"path={path}").And.Contain("httponly").And.Contain("samesite=strict").IgnoreCase);
            Assert.That(shown.StatusCode, Is.EqualTo(HttpStatusCode.OK));
            Assert.That(await shown.Content.ReadAsStringAsync(), Does.Contain("Protected Person"));
        });
    }

    [Test]
    public async Task Password_attempts_are_rate_limited_per_link()
    {
        var (owner, _) = await TestData.SignedInClientAsync(Api, "pro");
        var resumeId = await ShareLinkClient.PostResumeAsync(owner);
        var (_, path) = await ShareLinkClient.CreateLinkAsync(owner, resumeId, new { password = "open-sesame-42" });

        using var viewer = Api.CreateClient();
        var statuses = new List<HttpStatusCode>();
        for (var attempt = 0; attempt < 6; attempt++)
        {
            using var response = await viewer.PostAsync(path, ShareLinkClient.Password("wrong-guess-" + attempt));
            statuses.Add(response.StatusCode);
            if (response.StatusCode == HttpStatusCode.TooManyRequests)
            {
                Assert.That(response.Headers.RetryAfter, Is.Not.Null);
            }
        }

        Assert.That(statuses, Is.EqualTo(Enumerable.Repeat(HttpStatusCode.Unauthorized, 5).Append(HttpStatusCode.TooManyRequests)));
    }

    [Test]
    public async Task An_expired_link_answers_410_and_an_unknown_or_garbage_token_404()
    {
        var (owner, _) = await TestData.SignedInClientAsync(Api, "pro");
        var resumeId = await ShareLinkClient.PostResumeAsync(owner);
        var (_, path) = await ShareLinkClient.CreateLinkAsync(owner, resumeId, new { expiresAt = DateTimeOffset.UtcNow.AddSeconds(2) });

        using var anonymous = Api.CreateClient();
        var status = await Eventually.UntilAsync(
            async () => (await anonymous.GetAsync(path)).StatusCode, s => s == HttpStatusCode.Gone, "the link expires", TimeSpan.FromSeconds(30));
        Assert.That(status, Is.EqualTo(HttpStatusCode.Gone));
        Assert.That((await ShareLinkClient.ListAsync(owner, resumeId)).Single()!["state"]!.GetValue<string>(), Is.EqualTo("expired"));

        foreach (var garbage in new[] { "/s/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA", "/s/x", "/s/%E2%98%83", "/s/" + new string('a', 5000), "/s/..%2F..%2Fetc", "/s/a.b" })
        {
            using var page = await anonymous.GetAsync(garbage);
            using var pdf = await anonymous.GetAsync(garbage + "/pdf");
            using var post = await anonymous.PostAsync(garbage, ShareLinkClient.Password("whatever-123"));
            Assert.That(new[] { page.StatusCode, pdf.StatusCode, post.StatusCode }, Is.All.EqualTo(HttpStatusCode.NotFound), garbage);
            AssertSharePageHeaders(page);
        }
    }

    [Test]
    public async Task Free_plans_have_no_share_links_and_bad_input_names_its_field()
    {
        var (free, _) = await TestData.SignedInClientAsync(Api);
        var freeResume = await ShareLinkClient.PostResumeAsync(free);
        using var refused = await ShareLinkClient.CreateAsync(free, freeResume, new { });
        var problem = await ApiClient.ReadJsonAsync(refused);
        Assert.That(refused.StatusCode, Is.EqualTo(HttpStatusCode.Forbidden));
        Assert.That(problem["detail"]!.GetValue<string>(), Does.Contain("shareLinks"));

        var (owner, _) = await TestData.SignedInClientAsync(Api, "pro");
        var resumeId = await ShareLinkClient.PostResumeAsync(owner);
        var cases = new (object Body, string Field)[]
        {
            (new { expiresAt = DateTimeOffset.UtcNow.AddMinutes(-1) }, "expiresAt"),
            (new { expiresAt = DateTimeOffset.UtcNow.AddDays(400) }, "expiresAt"),
            (new { password = "short" }, "password"),
            (new { password = new string('p', 129) }, "password"),
            (new { version = 0 }, "version"),
            (new { version = 2 }, "version"),
        };
        foreach (var (body, field) in cases)
        {
            using var response = await ShareLinkClient.CreateAsync(owner, resumeId, body);
            var errors = (await ApiClient.ReadJsonAsync(response))["errors"]?.AsObject();
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest), JsonNode.Parse(System.Text.Json.JsonSerializer.Serialize(body))!.ToJsonString());
            Assert.That(errors?.ContainsKey(field), Is.True, $"{field}: {errors?.ToJsonString()}");
        }
    }

    [Test]
    public async Task Other_users_resumes_and_links_are_404()
    {
        var (owner, _) = await TestData.SignedInClientAsync(Api, "pro");
        var (stranger, _) = await TestData.SignedInClientAsync(Api, "pro");
        var resumeId = await ShareLinkClient.PostResumeAsync(owner);
        var (linkId, path) = await ShareLinkClient.CreateLinkAsync(owner, resumeId);
        var strangersResume = await ShareLinkClient.PostResumeAsync(stranger);

        using var create = await ShareLinkClient.CreateAsync(stranger, resumeId, new { });
        using var list = await stranger.GetAsync($"/api/resumes/{resumeId}/share-links");
        using var revoke = await stranger.DeleteAsync($"/api/resumes/{resumeId}/share-links/{linkId}");
        using var revokeViaOwnResume = await stranger.DeleteAsync($"/api/resumes/{strangersResume}/share-links/{linkId}");
        Assert.That(new[] { create.StatusCode, list.StatusCode, revoke.StatusCode, revokeViaOwnResume.StatusCode }, Is.All.EqualTo(HttpStatusCode.NotFound));
        using var stillOpen = await Api.CreateClient().GetAsync(path);
        Assert.That(stillOpen.StatusCode, Is.EqualTo(HttpStatusCode.OK));
    }

    [Test]
    public async Task Personal_data_lists_the_links_and_deleting_the_account_deletes_them()
    {
        var (owner, _) = await TestData.SignedInClientAsync(Api, "pro");
        var resumeId = await ShareLinkClient.PostResumeAsync(owner);
        var (linkId, path) = await ShareLinkClient.CreateLinkAsync(owner, resumeId, new { password = "open-sesame-42" });

        using var data = await owner.GetAsync("/api/users/me/data");
        using var zip = new ZipArchive(await data.Content.ReadAsStreamAsync());
        using var reader = new StreamReader(zip.GetEntry("share-links.json")!.Open());
        var links = JsonNode.Parse(await reader.ReadToEndAsync())!.AsArray();
        Assert.That(links.Single()!["id"]!.GetValue<string>(), Is.EqualTo(linkId.ToString()));
        Assert.That(links.Single()!["passwordProtected"]!.GetValue<bool>(), Is.True);
        Assert.That(links.ToJsonString(), Does.Not.Contain("tokenHash").And.Not.Contain("passwordHash").And.Not.Contain(path["/s/".Length..]));

        using var deleted = await owner.SendAsync(new HttpRequestMessage(HttpMethod.Delete, "/api/users/me") { Content = JsonContent.Create(new { password = ApiClient.Password }) });
        Assert.That(deleted.IsSuccessStatusCode, Is.True);
        using var page = await Api.CreateClient().GetAsync(path);
        Assert.That(page.StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
        await using var scope = Api.Services.CreateAsyncScope();
        Assert.That(await scope.ServiceProvider.GetRequiredService<AppDbContext>().Set<ShareLink>().AnyAsync(l => l.Id == linkId), Is.False, "the link's row is erased");
    }

    internal static void AssertSharePageHeaders(HttpResponseMessage response)
    {
        var csp = string.Join(';', response.Headers.GetValues("Content-Security-Policy"));
        Assert.Multiple(() =>
        {
            Assert.That(response.Headers.GetValues("X-Robots-Tag").Single(), Does.Contain("noindex"));
            Assert.That(response.Headers.CacheControl?.NoStore, Is.True);
            Assert.That(csp, Does.Contain("default-src 'none'").And.Contain("frame-ancestors 'none'").And.Contain("base-uri 'none'").And.Contain("form-action 'self'"));
            Assert.That(csp, Does.Not.Contain("script-src").And.Not.Contain("http"));
        });
    }
}
