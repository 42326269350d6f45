using System.Text.Json;
using System.Text.Json.Nodes;
using FluentValidation;
using ResumeExport.Application.Resumes.Common;
using ResumeExport.Application.Resumes.ImportJsonResume;
using ResumeExport.Application.UnitTests.Fakes;
using ResumeExport.Domain.Plans;
using ResumeExport.Domain.Users;

namespace ResumeExport.Application.UnitTests.Resumes.ImportJsonResume;

/// <remarks>One instance per test: the fakes in the fields hold state.</remarks>
[FixtureLifeCycle(LifeCycle.InstancePerTestCase)]
public sealed class ImportJsonResumeCommandHandlerTests
{
    private readonly InMemoryUserRepository users = new();
    private readonly InMemoryResumeRepository resumes = new();
    private readonly FakeCurrentUser currentUser = new();
    private User ana = null!;

    [SetUp]
    public void SetUp()
    {
        ana = TestUsers.Ana();

        // The package's sample has eleven sections: more than the free plan's ten.
        ana.MoveToPlan(PlanCodes.Pro);
        users.Seed(ana);
        currentUser.UserId = ana.Id;
    }

    [Test]
    public async Task The_package_sample_becomes_a_resume_with_its_basics_and_sections_in_document_order()
    {
        var imported = await ImportAsync(JsonResumeDocuments.Node());

        var resume = imported.Resume;
        var basics = resume.Basics!;
        Assert.Multiple(() =>
        {
            Assert.That(resume.Title, Is.EqualTo("Programmer"));
            Assert.That(resume.TemplateKey, Is.EqualTo("classic"), "the first free template whose required sections are filled");
            Assert.That(basics.Name, Is.EqualTo("Richard Hendriks"));
            Assert.That(basics.Email, Is.EqualTo("richard.hendriks@mail.com"));
            Assert.That(basics.Phone, Is.EqualTo("(912) 555-4321"));
            Assert.That(basics.Url, Is.EqualTo("http://richardhendricks.example.com"));
            Assert.That(basics.Location, Is.EqualTo(new LocationDto { City = "San Francisco", Region = "California", CountryCode = "US" }));
            Assert.That(basics.Profiles!.Select(p => (p.Network, p.Username, p.Url)), Is.EqualTo(new[]
            {
                ("Twitter", "neutralthoughts", "https://www.twitter.com"),
                ("SoundCloud", "dandymusicnl", "https://soundcloud.example.com/dandymusicnl"),
            }));
            Assert.That(resume.Sections.Select(s => (s.Kind, s.Title)), Is.EqualTo(new[]
            {
                ("summary", "Summary"), ("experience", "Experience"), ("custom", "Volunteering"), ("education", "Education"),
                ("custom", "Awards"), ("custom", "Publications"), ("skills", "Skills"), ("languages", "Languages"),
                ("custom", "Interests"), ("custom", "References"), ("projects", "Projects"),
            }));
            var work = resume.Sections[1].Items[0];
            Assert.That((work.Company, work.Role, work.Location, work.StartDate, work.EndDate), Is.EqualTo(
                ("Pied Piper", "CEO/President", "Palo Alto, CA", "2013-12-01", "2014-12-01")));
            Assert.That(work.Bullets, Has.Count.EqualTo(3));
            Assert.That(resume.Sections[6].Items[0].Keywords, Is.EqualTo(new[] { "HTML", "CSS", "Javascript" }));
            Assert.That(resume.Sections[2].Items[0].Text, Does.StartWith("Teacher, CoderDojo (Jan 2012 \u2013 Jan 2013)"));
            Assert.That(resume.Sections[2].Items[0].Bullets, Is.EqualTo(new[] { "Awarded 'Teacher of the Month'" }));
            Assert.That(resume.Sections[8].Items[0].Text, Is.EqualTo("Wildlife"));
            Assert.That(resume.Sections[8].Items[0].Bullets, Is.EqualTo(new[] { "Ferrets", "Unicorns" }));
        });
    }

    [TestCaseSource(typeof(JsonResumeDocuments), nameof(JsonResumeDocuments.Names))]
    public async Task Every_value_of_a_vendored_document_is_either_kept_or_named_in_a_warning(string name)
    {
        var document = JsonResumeDocuments.Node(name);

        var imported = await ImportAsync(document);

        var kept = JsonSerializer.Serialize(imported.Resume, new JsonSerializerOptions(JsonSerializerDefaults.Web) { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
        var warned = imported.Warnings.Select(w => w.Path).ToArray();
        var lost = Leaves(document, string.Empty)
            .Where(leaf => leaf.Path != "$schema" && !leaf.Path.StartsWith("meta.", StringComparison.Ordinal))
            .Where(leaf => !warned.Any(path => leaf.Path == path || leaf.Path.StartsWith(path + ".", StringComparison.Ordinal) || leaf.Path.StartsWith(path + "[", StringComparison.Ordinal)))
            .Where(leaf => !kept.Contains(JsonSerializer.Serialize(leaf.Value, new JsonSerializerOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }).Trim('"'), StringComparison.Ordinal))
            .Select(leaf => leaf.Path)
            .ToArray();
        Assert.That(lost, Is.Empty, "values neither in the resume nor in a warning");
    }

    [Test]
    public async Task Loose_real_world_values_import_with_warnings_and_what_cannot_be_a_link_is_kept_as_text()
    {
        // The standard's own first sample (resume-schema 1.0.0) had both: an empty profile URL and a URL without a scheme.
        var document = JsonResumeDocuments.Node();
        document["basics"]!["profiles"]![0]!["url"] = string.Empty;
        document["projects"]![0]!["url"] = "missdirection.example.com";
        document["certificates"] = new JsonArray(new JsonObject { ["name"] = "CKA", ["url"] = "cncf.example/cka" });
        document["basics"]!["url"] = "richardhendricks.example.com";
        document["basics"]!["image"] = "https://example.com/me.png";

        var imported = await ImportAsync(document);

        var resume = imported.Resume;
        Assert.Multiple(() =>
        {
            Assert.That(resume.Basics!.Profiles![0], Is.EqualTo(new ProfileDto { Network = "Twitter", Username = "neutralthoughts" }));
            Assert.That(resume.Basics.Profiles[^1], Is.EqualTo(new ProfileDto { Network = "Website", Username = "richardhendricks.example.com" }));
            Assert.That(resume.Basics.Url, Is.Null);
            var project = resume.Sections.Single(s => s.Kind == "projects").Items[0];
            Assert.That(project.Url, Is.Null);
            Assert.That(project.Description, Is.EqualTo("A mapping engine that misguides you\nmissdirection.example.com"));
            Assert.That(resume.Sections.Single(s => s.Kind == "certifications").Items[0].Name, Is.EqualTo("CKA (cncf.example/cka)"));
            Assert.That(imported.Warnings.Select(w => w.Path), Is.SupersetOf(new[]
            {
                "basics.profiles[0].url", "projects[0].url", "certificates[0].url", "basics.url", "basics.image",
            }));
            Assert.That(imported.Warnings.Single(w => w.Path == "basics.image").Message, Does.Contain("Photos are not supported"));
            Assert.That(imported.Warnings.Single(w => w.Path == "projects[0].url").Message, Does.Contain("kept as text"));
        });
    }

    [Test]
    public async Task Partial_dates_are_completed_to_the_first_day_with_a_warning()
    {
        var document = JsonResumeDocuments.Node();
        document["work"]![0]!["startDate"] = "2013-12";
        document["work"]![0]!["endDate"] = "2014";

        var imported = await ImportAsync(document);

        var work = imported.Resume.Sections.Single(s => s.Kind == "experience").Items[0];
        Assert.That((work.StartDate, work.EndDate), Is.EqualTo(("2013-12-01", "2014-01-01")));
        Assert.That(imported.Warnings.Where(w => w.Path.StartsWith("work[0].", StringComparison.Ordinal) && w.Message.Contains("partial date", StringComparison.Ordinal))
            .Select(w => w.Path), Is.EquivalentTo(new[] { "work[0].startDate", "work[0].endDate" }));
    }

    [Test]
    public async Task Only_values_that_were_changed_or_not_kept_are_warned_about()
    {
        var imported = await ImportAsync(JsonResumeDocuments.Node());

        Assert.That(imported.Warnings.Select(w => w.Path), Is.EquivalentTo(new[]
        {
            "basics.location.address", "basics.location.postalCode", "work[0].description", "work[0].url", "work[0].summary",
            "volunteer[0]", "education[0].url", "education[0].score", "education[0].courses", "awards[0]", "publications[0]",
            "interests[0]", "references[0]", "projects[0].keywords", "projects[0].startDate", "projects[0].endDate",
            "projects[0].roles", "projects[0].entity", "projects[0].type",
        }));
    }

    [Test]
    public async Task Fields_outside_the_schema_are_named_in_warnings()
    {
        var document = JsonResumeDocuments.Node();
        document["basics"]!["pronouns"] = "he/him";
        document["work"]![0]!["team"] = "Compression";

        var imported = await ImportAsync(document);

        Assert.That(imported.Warnings.Select(w => w.Path), Is.SupersetOf(new[] { "basics.pronouns", "work[0].team" }));
    }

    [Test]
    public void Invalid_values_are_refused_at_their_path_in_the_document_naming_its_field()
    {
        var document = JsonResumeDocuments.Node();
        ((JsonObject)document["work"]![0]!).Remove("position");
        document["basics"]!["email"] = "not-an-email";
        document["basics"]!["profiles"]![1]!["network"] = new string('n', BasicsDtoValidator.NetworkMaxLength + 1);

        var error = Assert.ThrowsAsync<ValidationException>(() => ImportAsync(document));

        var byPath = error!.Errors.ToDictionary(e => e.PropertyName, e => e.ErrorMessage);
        Assert.That(byPath.Keys, Is.EquivalentTo(new[] { "work[0].position", "basics.email", "basics.profiles[1].network" }));
        Assert.That(byPath["work[0].position"], Does.Contain("'position'"));
    }

    [Test]
    public async Task Without_education_the_default_template_is_modern_and_a_given_template_is_used_as_is()
    {
        var document = JsonResumeDocuments.Node();
        ((JsonObject)document).Remove("education");

        var byDefault = await ImportAsync(document);
        var chosen = await ImportAsync(JsonResumeDocuments.Node(), templateKey: "compact");

        Assert.That(byDefault.Resume.TemplateKey, Is.EqualTo("modern"));
        Assert.That(chosen.Resume.TemplateKey, Is.EqualTo("compact"));
    }

    [TestCase(true, null, PlanLimitNames.MaxResumes)]
    [TestCase(false, null, PlanLimitNames.MaxSectionsPerResume)]
    [TestCase(false, "compact", PlanLimitNames.MaxSectionsPerResume)]
    public void Plan_limits_apply_as_on_create(bool hasResume, string? templateKey, string limitName)
    {
        ana.MoveToPlan(PlanCodes.Free);
        if (hasResume)
        {
            resumes.Seed(TestResumes.For(ana.Id, isDefault: true));
        }

        var error = Assert.ThrowsAsync<PlanLimitExceededException>(() => ImportAsync(JsonResumeDocuments.Node(), templateKey));

        Assert.That(error!.Check.LimitName, Is.EqualTo(limitName));
    }

    [Test]
    public void A_premium_template_is_refused_on_the_free_plan_as_on_create()
    {
        ana.MoveToPlan(PlanCodes.Free);
        var document = JsonResumeDocuments.Node();
        foreach (var extra in new[] { "volunteer", "awards", "publications", "interests", "references" })
        {
            ((JsonObject)document).Remove(extra);
        }

        var error = Assert.ThrowsAsync<PlanLimitExceededException>(() => ImportAsync(document, templateKey: "compact"));

        Assert.That(error!.Check.LimitName, Is.EqualTo(PlanLimitNames.PremiumTemplates));
    }

    private static IEnumerable<(string Path, JsonNode Value)> Leaves(JsonNode? node, string path) => node switch
    {
        JsonObject obj => obj.SelectMany(p => Leaves(p.Value, path.Length == 0 ? p.Key : $"{path}.{p.Key}")),
        JsonArray array => array.SelectMany((item, i) => Leaves(item, $"{path}[{i}]")),
        JsonValue value when value.GetValueKind() == JsonValueKind.String && string.IsNullOrWhiteSpace(value.GetValue<string>()) => [],
        null => [],
        _ => [(path, node)],
    };

    private Task<ImportJsonResumeResponse> ImportAsync(JsonNode document, string? templateKey = null) =>
        JsonResumeImports.ImportAsync(currentUser, users, resumes, document, templateKey);
}
