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
/// the package's sample and examples go in, come back schema-valid, and every value comes back unchanged at its path
/// but the documented exceptions, each of which the import named in a warning.
/// </summary>
public sealed class JsonResumeApiTests : IntegrationFixture
{
    /// <summary>Describe the file rather than the person: written anew on export, no warning on import (docs/json-resume.md).</summary>
    private static readonly string[] FileMetadata = ["$schema", "meta.canonical", "meta.version", "meta.lastModified"];

    private ApiFactory api = null!;

    [OneTimeSetUp]
    public void StartApi() => api = new ApiFactory(ConnectionString, VirtualHost);

    [OneTimeTearDown]
    public async Task StopApiAsync() => await api.DisposeAsync();

    private static IEnumerable<string> Documents =>
        new[] { "sample.resume.json" }.Concat(Directory.GetFiles(Path.Combine(TestDataDirectory, "examples")).Select(f => $"examples/{Path.GetFileName(f)}").Order());

    private static string TestDataDirectory => Path.Combine(AppContext.BaseDirectory, "TestData", "JsonResume");

    [TestCaseSource(nameof(Documents))]
    public async Task A_package_document_round_trips_schema_valid_with_every_value_unchanged_but_the_documented_exceptions(string name)
    {
        var client = await SignedInClientAsync("pro");
        var original = JsonNode.Parse(await File.ReadAllTextAsync(Path.Combine(TestDataDirectory, name)))!;

        var import = await client.PostAsync("/api/resumes/import", Json(original));
        var imported = await ApiClient.ReadJsonAsync(import);
        Assert.That(import.StatusCode, Is.EqualTo(HttpStatusCode.Created), imported.ToJsonString());
        var id = imported["resume"]!["id"]!.GetValue<string>();
        Assert.That(import.Headers.Location?.ToString(), Is.EqualTo($"/api/resumes/{id}"));
        var warned = imported["warnings"]!.AsArray().Select(w => w!["path"]!.GetValue<string>()).ToHashSet(StringComparer.Ordinal);

        var export = await client.GetAsync($"/api/resumes/{id}/json-resume");
        var exported = await ApiClient.ReadJsonAsync(export);
        Assert.That(export.StatusCode, Is.EqualTo(HttpStatusCode.OK));

        var violations = api.Services.GetRequiredService<IJsonResumeSchema>().Validate(JsonSerializer.SerializeToElement(exported));
        Assert.That(violations, Is.Empty, "the export is valid against the JSON Resume schema");
        var output = Leaves(exported, string.Empty).ToDictionary(l => l.Path, l => l.Value, StringComparer.Ordinal);
        var leaves = Leaves(original, string.Empty).ToArray();
        var exceptions = leaves.Where(l => !FileMetadata.Contains(l.Path))
            .Where(l => !output.TryGetValue(l.Path, out var back) || !JsonNode.DeepEquals(back, l.Value))
            .Select(l => $"{l.Path} was {l.Value.ToJsonString()}, came back {(output.TryGetValue(l.Path, out var back) ? back.ToJsonString() : "absent")}")
            .ToArray();

        Assert.Multiple(() =>
        {
            // The vendored documents hold one documented exception: the empty photo ("image": "").
            Assert.That(exceptions, Is.EqualTo(new[] { "basics.image was \"\", came back absent" }), $"{name}: values not given back");
            Assert.That(exceptions.Select(e => e[..e.IndexOf(' ', StringComparison.Ordinal)]), Is.SubsetOf(warned), "each exception is a warning");
            Assert.That(warned, Is.EquivalentTo(new[] { "basics.image" }), "no other warning");
        });
        TestContext.Progress.WriteLine(
            $"{name}: {leaves.Length} leaf paths compared, {leaves.Length - exceptions.Length - leaves.Count(l => FileMetadata.Contains(l.Path))} given back unchanged; exceptions: {string.Join(", ", exceptions)}");
    }

    [Test]
    public async Task An_item_with_partial_dates_and_every_new_field_round_trips_unchanged()
    {
        var client = await SignedInClientAsync("pro");
        var document = JsonNode.Parse("""
            {"basics":{"name":"Ana","location":{"address":"Rua Augusta 1\n2nd floor","postalCode":"1100-048","city":"Lisboa","countryCode":"PT"}},
             "work":[{"name":"Acme","position":"Dev","url":"https://acme.example","summary":"Led it.","description":"Anvils.","startDate":"2014-06","endDate":"2015"}],
             "education":[{"institution":"TU","studyType":"BSc","startDate":"2010","score":"18/20","courses":["Compilers"]}],
             "volunteer":[{"organization":"Code Club","startDate":"2019-03"}],
             "awards":[{"title":"Prize","date":"2016"}],
             "publications":[{"name":"Paper","releaseDate":"2017-05"}],
             "interests":[{"keywords":["Chess"]}],
             "references":[{"reference":"Great."}],
             "projects":[{"name":"P","entity":"Acme","type":"talk","roles":["Speaker"],"keywords":["C#"],"startDate":"2020"}]}
            """)!;

        var imported = await ApiClient.ReadJsonAsync(await client.PostAsync("/api/resumes/import", Json(document)));
        var exported = await ApiClient.ReadJsonAsync(await client.GetAsync($"/api/resumes/{imported["resume"]!["id"]!.GetValue<string>()}/json-resume"));

        var output = Leaves(exported, string.Empty).ToDictionary(l => l.Path, l => l.Value, StringComparer.Ordinal);
        Assert.Multiple(() =>
        {
            Assert.That(imported["warnings"]!.AsArray(), Is.Empty);
            foreach (var (path, value) in Leaves(document, string.Empty))
            {
                Assert.That(output.TryGetValue(path, out var back) && JsonNode.DeepEquals(back, value), Is.True, $"{path} was {value.ToJsonString()}");
            }
        });
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

    /// <summary>Every scalar of a document by its JSON path (<c>work[0].highlights[1]</c>); a null is no value.</summary>
    private static IEnumerable<(string Path, JsonNode Value)> Leaves(JsonNode? node, string path) => node switch
    {
        JsonObject obj => obj.SelectMany(p => Leaves(p.Value, path.Length == 0 ? p.Key : $"{path}.{p.Key}")),
        JsonArray array => array.SelectMany((item, i) => Leaves(item, $"{path}[{i}]")),
        null => [],
        _ => [(path, node)],
    };

    private static StringContent Json(JsonNode document) => new(document.ToJsonString(), Encoding.UTF8, "application/json");

    private async Task<HttpClient> SignedInClientAsync(string plan = "free") => (await TestData.SignedInClientAsync(api, plan)).Client;
}
