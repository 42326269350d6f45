using System.Net;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using ResumeExport.Application.Common.Ports.Templates;
using ResumeExport.Integration.Tests.Support;

namespace ResumeExport.Integration.Tests.Resumes;

/// <summary>
/// JSON Resume both ways over the real API and PostgreSQL, with the real schema (vendored from npm @jsonresume/schema):
/// the package's sample and examples go in, come back schema-valid, and every field the contract maps comes back unchanged.
/// </summary>
public sealed class JsonResumeApiTests : IntegrationFixture
{
    /// <summary>The fields docs/json-resume.md maps both ways, as paths into a JSON Resume document (<c>*</c>: every entry).</summary>
    private static readonly string[] MappedFields =
    [
        "basics.name", "basics.label", "basics.email", "basics.phone", "basics.url", "basics.summary",
        "basics.location.city", "basics.location.region", "basics.location.countryCode",
        "basics.profiles.*.network", "basics.profiles.*.username", "basics.profiles.*.url",
        "work.*.name", "work.*.position", "work.*.location", "work.*.startDate", "work.*.endDate", "work.*.highlights",
        "education.*.institution", "education.*.studyType", "education.*.area", "education.*.startDate", "education.*.endDate",
        "skills.*.name", "skills.*.level", "skills.*.keywords",
        "projects.*.name", "projects.*.description", "projects.*.url", "projects.*.highlights",
        "certificates.*.name", "certificates.*.issuer", "certificates.*.date", "certificates.*.url",
        "languages.*.language", "languages.*.fluency",
    ];

    private ApiFactory api = null!;

    [OneTimeSetUp]
    public void StartApi() => api = new ApiFactory(ConnectionString, VirtualHost);

    [OneTimeTearDown]
    public async Task StopApiAsync() => await api.DisposeAsync();

    private static IEnumerable<string> Documents =>
        new[] { "sample.resume.json" }.Concat(Directory.GetFiles(Path.Combine(TestDataDirectory, "examples")).Select(f => $"examples/{Path.GetFileName(f)}").Order());

    private static string TestDataDirectory => Path.Combine(AppContext.BaseDirectory, "TestData", "JsonResume");

    [TestCaseSource(nameof(Documents))]
    public async Task A_package_document_round_trips_schema_valid_with_its_mapped_fields_unchanged(string name)
    {
        var client = await SignedInClientAsync("pro");
        var original = JsonNode.Parse(await File.ReadAllTextAsync(Path.Combine(TestDataDirectory, name)))!;

        var import = await client.PostAsync("/api/resumes/import", Json(original));
        var imported = await ApiClient.ReadJsonAsync(import);
        Assert.That(import.StatusCode, Is.EqualTo(HttpStatusCode.Created), imported.ToJsonString());
        var id = imported["resume"]!["id"]!.GetValue<string>();
        Assert.That(import.Headers.Location?.ToString(), Is.EqualTo($"/api/resumes/{id}"));
        var warned = imported["warnings"]!.AsArray().Select(w => w!["path"]!.GetValue<string>()).ToArray();

        var export = await client.GetAsync($"/api/resumes/{id}/json-resume");
        var exported = await ApiClient.ReadJsonAsync(export);
        Assert.That(export.StatusCode, Is.EqualTo(HttpStatusCode.OK));

        var violations = api.Services.GetRequiredService<IJsonResumeSchema>().Validate(JsonSerializer.SerializeToElement(exported));
        Assert.That(violations, Is.Empty, "the export is valid against the JSON Resume schema");
        var compared = 0;
        foreach (var field in MappedFields)
        {
            foreach (var (path, value) in Select(original, field).Where(v => !warned.Any(w => v.Path == w || v.Path.StartsWith(w + ".", StringComparison.Ordinal) || v.Path.StartsWith(w + "[", StringComparison.Ordinal))))
            {
                var back = Select(exported, field).SingleOrDefault(v => v.Path == path).Value;
                Assert.That(JsonNode.DeepEquals(back, value), Is.True, $"{name}: {path} was {value?.ToJsonString()}, came back {back?.ToJsonString()}");
                compared++;
            }
        }

        Assert.That(compared, Is.GreaterThan(20), "the document had mapped fields to compare");
        TestContext.Progress.WriteLine($"{name}: {compared} mapped values unchanged after import and export; {warned.Length} warnings: {string.Join(", ", warned)}");
    }

    [Test]
    public async Task The_standard_samples_loose_values_import_with_warnings()
    {
        var client = await SignedInClientAsync("pro");
        var document = JsonNode.Parse(await File.ReadAllTextAsync(Path.Combine(TestDataDirectory, "sample.resume.json")))!;
        document["basics"]!["profiles"]![0]!["url"] = string.Empty;
        document["projects"]![0]!["url"] = "missdirection.example.com";

        var import = await client.PostAsync("/api/resumes/import", Json(document));
        var imported = await ApiClient.ReadJsonAsync(import);

        Assert.That(import.StatusCode, Is.EqualTo(HttpStatusCode.Created), imported.ToJsonString());
        var warnings = imported["warnings"]!.AsArray().ToDictionary(w => w!["path"]!.GetValue<string>(), w => w!["message"]!.GetValue<string>());
        Assert.That(warnings["basics.profiles[0].url"], Is.EqualTo("Empty: not kept."));
        Assert.That(warnings["projects[0].url"], Does.Contain("kept as text"));
        var project = imported["resume"]!["sections"]!.AsArray().Single(s => s!["kind"]!.GetValue<string>() == "projects")!["items"]![0]!;
        Assert.That(project["description"]!.GetValue<string>(), Does.EndWith("\nmissdirection.example.com"));
        Assert.That(project["url"], Is.Null);
    }

    [TestCase("""{"basics":{"name":"Ana","profiles":"github"},"work":[{"name":"Acme","position":"Dev","startDate":"June 2014"}]}""",
        new[] { "basics.profiles", "work[0].startDate" }, TestName = "Schema violations are 400 keyed by JSON path")]
    [TestCase("""{"basics":{"name":"Ana","email":"ana at example"},"work":[{"name":"Acme","startDate":"2014-06-01"}],"education":[{"institution":"TU","studyType":"BSc","startDate":"2010"}]}""",
        new[] { "basics.email", "work[0].position" }, TestName = "Values our resumes refuse are 400 at their path in the document")]
    public async Task Invalid_documents_are_400_keyed_by_their_own_json_paths(string document, string[] paths)
    {
        var client = await SignedInClientAsync("pro");

        var response = await client.PostAsync("/api/resumes/import", Json(JsonNode.Parse(document)!));
        var problem = await ApiClient.ReadJsonAsync(response);

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest), problem.ToJsonString());
        Assert.That(problem["errors"]!.AsObject().Select(e => e.Key), Is.EquivalentTo(paths));
    }

    [TestCase("[1, 2]")]
    [TestCase("{\"basics\": ")]
    public async Task A_body_that_is_not_a_json_object_is_400_naming_the_body(string body)
    {
        var client = await SignedInClientAsync("pro");

        var response = await client.PostAsync("/api/resumes/import", new StringContent(body, Encoding.UTF8, "application/json"));
        var problem = await ApiClient.ReadJsonAsync(response);

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest), problem.ToJsonString());
        Assert.That(problem["errors"]!.AsObject().Select(e => e.Key), Has.Some.StartsWith("body").Or.Some.StartsWith("basics"));
    }

    [Test]
    public async Task Plan_limits_apply_as_on_create_the_sample_has_more_sections_than_the_free_plan_allows()
    {
        var client = await SignedInClientAsync();

        var response = await client.PostAsync("/api/resumes/import", Json(JsonNode.Parse(await File.ReadAllTextAsync(Path.Combine(TestDataDirectory, "sample.resume.json")))!));
        var problem = await ApiClient.ReadJsonAsync(response);

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Forbidden), problem.ToJsonString());
        Assert.That(problem["limitName"]!.GetValue<string>(), Is.EqualTo("maxSectionsPerResume"));
        Assert.That(problem["usage"]!.GetValue<int>(), Is.EqualTo(11));
    }

    [Test]
    public async Task A_template_can_be_chosen_and_an_unknown_one_is_400_on_template_key()
    {
        var client = await SignedInClientAsync("pro");
        var document = JsonNode.Parse("""{"basics":{"name":"Ana","summary":"Ships."},"work":[{"name":"Acme","position":"Dev","startDate":"2014-06-01"}],"skills":[{"name":"C#"}]}""")!;

        var chosen = await ApiClient.ReadJsonAsync(await client.PostAsync("/api/resumes/import?templateKey=compact", Json(document)));
        var byDefault = await ApiClient.ReadJsonAsync(await client.PostAsync("/api/resumes/import", Json(document)));
        var unknown = await client.PostAsync("/api/resumes/import?templateKey=baroque", Json(document));
        var problem = await ApiClient.ReadJsonAsync(unknown);

        Assert.That(chosen["resume"]!["templateKey"]!.GetValue<string>(), Is.EqualTo("compact"));
        Assert.That(byDefault["resume"]!["templateKey"]!.GetValue<string>(), Is.EqualTo("modern"));
        Assert.That(unknown.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
        Assert.That(problem["errors"]!.AsObject().Select(e => e.Key), Is.EqualTo(new[] { "templateKey" }));
    }

    [Test]
    public async Task Another_users_resume_is_404_as_json_resume()
    {
        var owner = await SignedInClientAsync();
        var id = (await ResumesApiTests.PostResumeAsync(owner, ResumeSamples.Classic()))["id"]!.GetValue<string>();
        var stranger = await SignedInClientAsync();

        var response = await stranger.GetAsync($"/api/resumes/{id}/json-resume");

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
        Assert.That((await owner.GetAsync($"/api/resumes/{id}/json-resume")).StatusCode, Is.EqualTo(HttpStatusCode.OK));
    }

    /// <summary>Values at a field path such as <c>work.*.highlights</c>, each with its JSON path (<c>work[0].highlights</c>).</summary>
    private static IEnumerable<(string Path, JsonNode? Value)> Select(JsonNode? node, string field)
    {
        IEnumerable<(string Path, JsonNode? Node)> current = [(string.Empty, node)];
        foreach (var segment in field.Split('.'))
        {
            current = segment == "*"
                ? current.SelectMany(c => c.Node is JsonArray array ? array.Select((item, i) => ($"{c.Path}[{i}]", item)) : [])
                : current.Where(c => c.Node is JsonObject obj && obj.ContainsKey(segment))
                    .Select(c => (c.Path.Length == 0 ? segment : $"{c.Path}.{segment}", c.Node![segment]));
        }

        return current;
    }

    private static StringContent Json(JsonNode document) => new(document.ToJsonString(), Encoding.UTF8, "application/json");

    private async Task<HttpClient> SignedInClientAsync(string plan = "free") => (await TestData.SignedInClientAsync(api, plan)).Client;
}
