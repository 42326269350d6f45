using System.Text.Json;
using System.Text.Json.Nodes;
using ResumeExport.Application.Common.Exceptions;
using ResumeExport.Application.Resumes.ExportJsonResume;
using ResumeExport.Application.Resumes.ImportJsonResume;
using ResumeExport.Application.UnitTests.Fakes;
using ResumeExport.Domain.Plans;
using ResumeExport.Domain.Resumes;
using ResumeExport.Domain.Users;

namespace ResumeExport.Application.UnitTests.Resumes.ExportJsonResume;

/// <remarks>One instance per test: the fakes in the fields hold state.</remarks>
[FixtureLifeCycle(LifeCycle.InstancePerTestCase)]
public sealed class ExportJsonResumeQueryHandlerTests
{
    private readonly InMemoryUserRepository users = new();
    private readonly InMemoryResumeRepository resumes = new();
    private readonly FakeCurrentUser currentUser = new();
    private User ana = null!;

    [SetUp]
    public void SetUp()
    {
        ana = TestUsers.SignedIn(users, currentUser, PlanCodes.Pro);
    }

    [Test]
    public async Task Without_basics_the_name_and_email_are_the_owners_as_in_print()
    {
        var resume = TestResumes.For(ana.Id);
        resumes.Seed(resume);

        var document = await ExportAsync(resume.Id);

        Assert.That(document["basics"]!["name"]!.GetValue<string>(), Is.EqualTo("Ana"));
        Assert.That(document["basics"]!["email"]!.GetValue<string>(), Is.EqualTo("Ana@Example.com"));
        Assert.That(document["$schema"]!.GetValue<string>(), Does.EndWith("/v1.0.0/schema.json"));
        Assert.That(document["work"]![0]!["name"]!.GetValue<string>(), Is.EqualTo("Acme"));
        Assert.That(document["work"]![0]!["startDate"]!.GetValue<string>(), Is.EqualTo("2020-01-15"));
    }

    [Test]
    public async Task Summaries_links_and_custom_sections_find_a_place_in_the_document()
    {
        var resume = Resume.Create(ana.Id, "CV", "classic",
        [
            new(SectionKind.Summary, "About", [new SectionItem { Text = "First." }, new SectionItem { Text = "Second." }]),
            new(SectionKind.Links, "Links", [new SectionItem { Label = "Blog", Url = "https://blog.example.com" }]),
            new(SectionKind.Custom, "Talks", [new SectionItem { Text = "NDC Oslo", Bullets = ["Outbox patterns"] }]),
        ], isDefault: true, TestClock.Now, new ResumeBasics { Name = "Ana Silva", Profiles = [new ResumeProfile("GitHub", "ana", null)] }, "pt-PT");
        resumes.Seed(resume);

        var document = await ExportAsync(resume.Id);

        Assert.Multiple(() =>
        {
            Assert.That(document["basics"]!["name"]!.GetValue<string>(), Is.EqualTo("Ana Silva"));
            Assert.That(document["basics"]!["summary"]!.GetValue<string>(), Is.EqualTo("First.\n\nSecond."));
            Assert.That(document["basics"]!["profiles"]!.ToJsonString(), Is.EqualTo(
                """[{"network":"GitHub","username":"ana"},{"network":"Blog","url":"https://blog.example.com"}]"""));
            Assert.That(document["x-customSections"]!.ToJsonString(), Is.EqualTo(
                """[{"title":"Talks","items":[{"text":"NDC Oslo","bullets":["Outbox patterns"]}]}]"""));
            Assert.That(document["meta"]!["language"]!.GetValue<string>(), Is.EqualTo("pt-PT"));
        });
    }

    [Test]
    public async Task An_export_imports_back_as_the_same_resume()
    {
        var first = await ImportAsync(JsonResumeDocuments.Node());

        var exported = await ExportAsync(first.Resume.Id);
        var second = await ImportAsync(exported);

        Assert.That(Json(second.Resume.Basics), Is.EqualTo(Json(first.Resume.Basics)));
        Assert.That(second.Resume.Sections.Select(Json).Order(), Is.EqualTo(first.Resume.Sections.Select(Json).Order()));
        Assert.That(second.Warnings, Is.Empty);
    }

    [TestCaseSource(typeof(JsonResumeDocuments), nameof(JsonResumeDocuments.Names))]
    public async Task Import_then_export_gives_back_every_value_but_the_files_metadata_and_what_was_warned_about(string name)
    {
        var document = JsonResumeDocuments.Node(name);

        var imported = await ImportAsync(document);
        var exported = await ExportAsync(imported.Resume.Id);

        var warned = imported.Warnings.Select(w => w.Path).ToHashSet(StringComparer.Ordinal);
        var output = Leaves(exported, string.Empty).ToDictionary(l => l.Path, l => l.Value, StringComparer.Ordinal);
        var changed = Leaves(document, string.Empty)
            .Where(leaf => !output.TryGetValue(leaf.Path, out var value) || value != leaf.Value)
            .Select(leaf => leaf.Path)
            .Where(path => path is not ("meta.canonical" or "meta.version" or "meta.lastModified" or "$schema"))
            .ToArray();
        Assert.Multiple(() =>
        {
            Assert.That(changed, Is.EqualTo(new[] { "basics.image" }), "only the empty photo is not given back");
            Assert.That(changed, Is.SubsetOf(warned));
        });
    }

    [Test]
    public async Task Dates_go_out_as_precise_as_they_came_in()
    {
        var resume = Resume.Create(ana.Id, "CV", "classic",
        [
            new(SectionKind.Experience, "Experience", [new SectionItem { Company = "Acme", Role = "Dev", StartDate = PartialDate.Parse("2014"), EndDate = PartialDate.Parse("2015-06") }]),
            new(SectionKind.Awards, "Awards", [new SectionItem { Name = "Prize", Date = PartialDate.Parse("2016-02-29") }]),
        ], isDefault: true, TestClock.Now);
        resumes.Seed(resume);

        var document = await ExportAsync(resume.Id);

        Assert.That(
            (document["work"]![0]!["startDate"]!.GetValue<string>(), document["work"]![0]!["endDate"]!.GetValue<string>(), document["awards"]![0]!["date"]!.GetValue<string>()),
            Is.EqualTo(("2014", "2015-06", "2016-02-29")));
    }

    [Test]
    public void Another_users_resume_is_not_found()
    {
        var stranger = TestResumes.For(Guid.NewGuid());
        resumes.Seed(stranger);

        Assert.ThrowsAsync<NotFoundException>(() => ExportAsync(stranger.Id));
    }

    private static string Json(object? value) => JsonSerializer.Serialize(value);

    /// <summary>Every scalar of the document by its path (<c>work[0].highlights[1]</c>), as JSON text.</summary>
    private static IEnumerable<(string Path, string Value)> Leaves(JsonNode? node, string path) => node switch
    {
        JsonObject obj => obj.SelectMany(p => Leaves(p.Value, path.Length == 0 ? p.Key : $"{path}.{p.Key}")),
        JsonArray array => array.SelectMany((item, i) => Leaves(item, $"{path}[{i}]")),
        null => [],
        _ => [(path, node.ToJsonString())],
    };

    private async Task<JsonObject> ExportAsync(Guid id) =>
        await new ExportJsonResumeQueryHandler(currentUser, resumes, users).Handle(new ExportJsonResumeQuery(id), CancellationToken.None);

    private Task<ImportJsonResumeResponse> ImportAsync(JsonNode document) => JsonResumeImports.ImportAsync(currentUser, users, resumes, document);
}
