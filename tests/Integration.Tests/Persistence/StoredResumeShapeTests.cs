using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using ResumeExport.Application.Common.Ports.Persistence;
using ResumeExport.Domain.Resumes;
using ResumeExport.Integration.Tests.Resumes;
using ResumeExport.Integration.Tests.Support;

namespace ResumeExport.Integration.Tests.Persistence;

/// <summary>Migrations keep existing resumes intact: rows written before dates kept their precision read back unchanged.</summary>
public sealed class StoredResumeShapeTests : IntegrationFixture
{
    // Exactly what the jsonb columns held when dates were DateOnly and items had no JSON Resume extras.
    private const string OldSections = """
        [{"kind":"experience","title":"Experience","items":[{"company":"Acme","role":"Engineer","location":"Berlin",
          "startDate":"2020-02-01","endDate":"2021-06-30","bullets":["Shipped it."],"keywords":[],"hasContent":true}],"hasContent":true},
         {"kind":"certifications","title":"Certificates","items":[{"name":"CKA","date":"2022-03-15","bullets":[],"keywords":[],
          "hasContent":true}],"hasContent":true},
         {"kind":"custom","title":"Volunteering","items":[{"text":"Red Cross (2019)","bullets":[],"keywords":[],"hasContent":true}],
          "hasContent":true}]
        """;

    private const string OldBasics = """
        {"name":"Ada Lovelace","location":{"city":"London","region":"England","countryCode":"GB"},"profiles":[]}
        """;

    private ApiFactory api = null!;

    [OneTimeSetUp]
    public void StartApi() => api = new ApiFactory(ConnectionString, VirtualHost);

    [OneTimeTearDown]
    public async Task StopApiAsync() => await api.DisposeAsync();

    [Test]
    public async Task A_resume_stored_in_the_old_shape_reads_back_through_the_repository_unchanged()
    {
        var (_, resumeId) = await StoreOldShapeAsync();

        await using var scope = api.Services.CreateAsyncScope();
        var resume = await scope.ServiceProvider.GetRequiredService<IResumeRepository>().FindAsync(resumeId, CancellationToken.None);

        Assert.That(resume, Is.Not.Null);
        var experience = resume!.Sections[0].Items[0];
        Assert.Multiple(() =>
        {
            Assert.That(resume.Sections.Select(s => (s.Kind, s.Title)), Is.EqualTo(new[]
            {
                (SectionKind.Experience, "Experience"), (SectionKind.Certifications, "Certificates"), (SectionKind.Custom, "Volunteering"),
            }));
            Assert.That(experience.Company, Is.EqualTo("Acme"));
            Assert.That(experience.Location, Is.EqualTo("Berlin"));
            Assert.That(experience.StartDate, Is.EqualTo(new PartialDate(2020, 2, 1)));
            Assert.That(experience.EndDate, Is.EqualTo(new PartialDate(2021, 6, 30)));
            Assert.That(experience.Bullets, Is.EqualTo(new[] { "Shipped it." }));
            Assert.That(experience.Courses, Is.Empty);
            Assert.That(resume.Sections[1].Items[0].Date, Is.EqualTo(new PartialDate(2022, 3, 15)));
            Assert.That(resume.Sections[2].Items[0].Text, Is.EqualTo("Red Cross (2019)"));
            Assert.That(resume.Basics!.Location, Is.EqualTo(new ResumeLocation("London", "England", "GB")));
            Assert.That(resume.Sections.Select(s => (s.KeepTogether, s.StartOnNewPage)), Has.All.EqualTo((false, false)), "rows stored before page-break controls");
        });
    }

    [Test]
    public async Task A_resume_stored_in_the_old_shape_is_served_with_its_dates_as_they_were()
    {
        var (client, resumeId) = await StoreOldShapeAsync();

        var body = await client.GetFromJsonAsync<JsonObject>($"/api/resumes/{resumeId}");

        var item = body!["sections"]![0]!["items"]![0]!;
        Assert.Multiple(() =>
        {
            Assert.That(item["startDate"]!.GetValue<string>(), Is.EqualTo("2020-02-01"));
            Assert.That(item["endDate"]!.GetValue<string>(), Is.EqualTo("2021-06-30"));
            Assert.That(body["sections"]![1]!["items"]![0]!["date"]!.GetValue<string>(), Is.EqualTo("2022-03-15"));
            Assert.That(body["basics"]!["location"]!["city"]!.GetValue<string>(), Is.EqualTo("London"));
            Assert.That(body["sections"]![0]!["keepTogether"]!.GetValue<bool>(), Is.False);
            Assert.That(body["sections"]![0]!["startOnNewPage"]!.GetValue<bool>(), Is.False);
        });
    }

    [Test]
    public async Task Page_break_controls_are_stored_and_served_per_section()
    {
        var (client, resumeId) = await StoreOldShapeAsync();
        var resume = await client.GetFromJsonAsync<JsonObject>($"/api/resumes/{resumeId}");
        resume!["sections"]![0]!["keepTogether"] = true;
        resume["sections"]![2]!["startOnNewPage"] = true;
        resume["sections"]!.AsArray().Add(new JsonObject
        {
            ["kind"] = "education",
            ["title"] = "Education",
            ["items"] = new JsonArray(new JsonObject { ["institution"] = "MIT", ["degree"] = "BSc", ["startDate"] = "2010" }),
        });
        var body = new JsonObject
        {
            ["title"] = resume["title"]!.GetValue<string>(),
            ["templateKey"] = resume["templateKey"]!.GetValue<string>(),
            ["version"] = resume["version"]!.GetValue<int>(),
            ["sections"] = resume["sections"]!.DeepClone(),
        };
        var put = await client.PutAsJsonAsync($"/api/resumes/{resumeId}", body);
        Assert.That(put.IsSuccessStatusCode, Is.True, await put.Content.ReadAsStringAsync());

        var served = await client.GetFromJsonAsync<JsonObject>($"/api/resumes/{resumeId}");
        var stored = await ScalarAsync($"SELECT (sections -> 0 ->> 'keepTogether') || ' ' || (sections -> 2 ->> 'startOnNewPage') || ' ' || (sections -> 1 ->> 'keepTogether') FROM resumes WHERE id = '{resumeId}'");

        Assert.Multiple(() =>
        {
            Assert.That(stored, Is.EqualTo("true true false"));
            Assert.That(served!["sections"]!.AsArray().Select(s => (s!["keepTogether"]!.GetValue<bool>(), s["startOnNewPage"]!.GetValue<bool>())),
                Is.EqualTo(new[] { (true, false), (false, false), (false, true), (false, false) }));
        });
    }

    [Test]
    public async Task A_month_precise_date_is_stored_as_the_month()
    {
        var (client, resumeId) = await StoreOldShapeAsync();
        var resume = await client.GetFromJsonAsync<JsonObject>($"/api/resumes/{resumeId}");
        resume!["sections"]![0]!["items"]![0]!["startDate"] = "2014-06";
        resume["sections"]![0]!["items"]![0]!["endDate"] = "2015";
        resume["sections"]!.AsArray().Add(new JsonObject
        {
            ["kind"] = "education",
            ["title"] = "Education",
            ["items"] = new JsonArray(new JsonObject { ["institution"] = "MIT", ["degree"] = "BSc", ["startDate"] = "2010" }),
        });
        var body = new JsonObject
        {
            ["title"] = resume["title"]!.GetValue<string>(),
            ["templateKey"] = resume["templateKey"]!.GetValue<string>(),
            ["version"] = resume["version"]!.GetValue<int>(),
            ["sections"] = resume["sections"]!.DeepClone(),
        };
        var put = await client.PutAsJsonAsync($"/api/resumes/{resumeId}", body);
        Assert.That(put.IsSuccessStatusCode, Is.True, await put.Content.ReadAsStringAsync());

        var stored = await ScalarAsync($"SELECT sections -> 0 -> 'items' -> 0 ->> 'startDate' || ' ' || (sections -> 0 -> 'items' -> 0 ->> 'endDate') FROM resumes WHERE id = '{resumeId}'");

        Assert.That(stored, Is.EqualTo("2014-06 2015"));
    }

    private async Task<(HttpClient Client, Guid ResumeId)> StoreOldShapeAsync()
    {
        var client = api.CreateClient();
        var (token, userId) = await ApiClient.RegisterAsync(client);
        await TestData.MovePlanAsync(api, userId, "pro");
        client = client.Authorize(token);
        var id = Guid.Parse((await ResumesApiTests.PostResumeAsync(client, ResumeSamples.Classic()))["id"]!.GetValue<string>());

        await using var connection = new NpgsqlConnection(ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("UPDATE resumes SET sections = @sections::jsonb, basics = @basics::jsonb WHERE id = @id", connection);
        command.Parameters.AddWithValue("sections", OldSections);
        command.Parameters.AddWithValue("basics", OldBasics);
        command.Parameters.AddWithValue("id", id);
        Assert.That(await command.ExecuteNonQueryAsync(), Is.EqualTo(1));
        return (client, id);
    }

    private async Task<string?> ScalarAsync(string sql)
    {
        await using var connection = new NpgsqlConnection(ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        return (string?)await command.ExecuteScalarAsync();
    }
}
