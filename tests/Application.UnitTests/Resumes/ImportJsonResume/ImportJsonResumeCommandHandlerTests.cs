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
            Assert.That(basics.Location, Is.EqualTo(new LocationDto
            {
                Address = "2712 Broadway St",
                PostalCode = "CA 94115",
                City = "San Francisco",
                Region = "California",
                CountryCode = "US",
            }));
            Assert.That(basics.Profiles!.Select(p => (p.Network, p.Username, p.Url)), Is.EqualTo(new[]
            {
                ("Twitter", "neutralthoughts", "https://www.twitter.com"),
                ("SoundCloud", "dandymusicnl", "https://soundcloud.example.com/dandymusicnl"),
            }));
            Assert.That(resume.Sections.Select(s => (s.Kind, s.Title)), Is.EqualTo(new[]
            {
                ("summary", "Summary"), ("experience", "Experience"), ("volunteer", "Volunteering"), ("education", "Education"),
                ("awards", "Awards"), ("publications", "Publications"), ("skills", "Skills"), ("languages", "Languages"),
                ("interests", "Interests"), ("references", "References"), ("projects", "Projects"),
            }));
            var work = resume.Sections[1].Items[0];
            Assert.That((work.Company, work.Role, work.Location, work.StartDate, work.EndDate), Is.EqualTo(
                ("Pied Piper", "CEO/President", "Palo Alto, CA", "2013-12-01", "2014-12-01")));
            Assert.That(work.Bullets, Has.Count.EqualTo(3));
            Assert.That((work.Url, work.Description), Is.EqualTo(("http://piedpiper.example.com", "Awesome compression company")));
            Assert.That(work.Summary, Does.StartWith("Pied Piper is a multi-platform technology"));
            var education = resume.Sections[3].Items[0];
            Assert.That((education.Url, education.Score), Is.EqualTo(("https://www.ou.edu/", "4.0")));
            Assert.That(education.Courses, Is.EqualTo(new[] { "DB1101 - Basic SQL", "CS2011 - Java Introduction" }));
            Assert.That(resume.Sections[6].Items[0].Keywords, Is.EqualTo(new[] { "HTML", "CSS", "Javascript" }));
            var volunteer = resume.Sections[2].Items[0];
            Assert.That((volunteer.Organization, volunteer.Role, volunteer.Url, volunteer.StartDate, volunteer.EndDate), Is.EqualTo(
                ("CoderDojo", "Teacher", "http://coderdojo.example.com/", "2012-01-01", "2013-01-01")));
            Assert.That(volunteer.Summary, Is.EqualTo("Global movement of free coding clubs for young people."));
            Assert.That(volunteer.Bullets, Is.EqualTo(new[] { "Awarded 'Teacher of the Month'" }));
            var award = resume.Sections[4].Items[0];
            Assert.That((award.Name, award.Issuer, award.Date, award.Summary), Is.EqualTo(
                ("Digital Compression Pioneer Award", "Techcrunch", "2014-11-01", "There is no spoon.")));
            var publication = resume.Sections[5].Items[0];
            Assert.That((publication.Name, publication.Publisher, publication.Date), Is.EqualTo(("Video compression for 3d media", "Hooli", "2014-10-01")));
            Assert.That(resume.Sections[8].Items[0], Is.EqualTo(new SectionItemDto { Name = "Wildlife", Keywords = resume.Sections[8].Items[0].Keywords }));
            Assert.That(resume.Sections[8].Items[0].Keywords, Is.EqualTo(new[] { "Ferrets", "Unicorns" }));
            Assert.That(resume.Sections[9].Items[0].Name, Is.EqualTo("Erlich Bachman"));
            Assert.That(resume.Sections[9].Items[0].Text, Does.StartWith("It is my pleasure to recommend Richard"));
            var project = resume.Sections[10].Items[0];
            Assert.That((project.Entity, project.Type, project.StartDate, project.EndDate), Is.EqualTo(("Smoogle", "application", "2016-08-24", "2016-08-24")));
            Assert.That(project.Roles, Is.EqualTo(new[] { "Team lead", "Designer" }));
            Assert.That(project.Keywords, Is.EqualTo(new[] { "GoogleMaps", "Chrome Extension", "Javascript" }));
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
    public async Task Partial_dates_are_kept_as_precise_as_written_without_a_warning()
    {
        var document = JsonResumeDocuments.Node();
        document["work"]![0]!["startDate"] = "2013-12";
        document["work"]![0]!["endDate"] = "2014";
        document["awards"]![0]!["date"] = "2014";

        var imported = await ImportAsync(document);

        var work = imported.Resume.Sections.Single(s => s.Kind == "experience").Items[0];
        Assert.Multiple(() =>
        {
            Assert.That((work.StartDate, work.EndDate), Is.EqualTo(("2013-12", "2014")));
            Assert.That(imported.Resume.Sections.Single(s => s.Kind == "awards").Items[0].Date, Is.EqualTo("2014"));
            Assert.That(imported.Warnings.Select(w => w.Path), Is.EqualTo(new[] { "basics.image" }));
        });
    }

    [Test]
    public async Task Only_the_empty_photo_of_the_sample_is_warned_about()
    {
        var imported = await ImportAsync(JsonResumeDocuments.Node());

        Assert.That(imported.Warnings.Select(w => (w.Path, w.Message)), Is.EqualTo(new[] { ("basics.image", "Empty: not kept.") }));
    }

    [Test]
    public async Task A_company_url_that_is_not_http_is_not_kept_with_a_warning_and_a_legacy_website_is_read_as_the_url()
    {
        var document = JsonResumeDocuments.Node();
        document["work"]![0]!["url"] = "piedpiper.example.com";
        document["work"]!.AsArray().Add(new JsonObject
        {
            ["company"] = "Hooli",
            ["position"] = "Developer",
            ["startDate"] = "2012",
            ["website"] = "https://hooli.example.com",
        });

        var imported = await ImportAsync(document);

        var work = imported.Resume.Sections.Single(s => s.Kind == "experience").Items;
        Assert.Multiple(() =>
        {
            Assert.That(work[0].Url, Is.Null);
            Assert.That((work[1].Company, work[1].Url), Is.EqualTo(("Hooli", "https://hooli.example.com")));
            Assert.That(imported.Warnings.Select(w => (w.Path, w.Message)), Is.SupersetOf(new[]
            {
                ("work[0].url", "Not an http(s) URL: not kept."),
                ("work[1].company", "Read as 'name' (the name earlier JSON Resume versions used)."),
                ("work[1].website", "Read as 'url' (the name earlier JSON Resume versions used)."),
            }));
        });
    }

    [Test]
    public async Task An_entry_that_says_nothing_is_not_kept_with_a_warning()
    {
        var document = JsonResumeDocuments.Node();
        document["interests"]!.AsArray().Add(new JsonObject { ["name"] = " " });

        var imported = await ImportAsync(document);

        Assert.Multiple(() =>
        {
            Assert.That(imported.Resume.Sections.Single(s => s.Kind == "interests").Items, Has.Count.EqualTo(1));
            Assert.That(imported.Warnings.Select(w => w.Path), Is.SupersetOf(new[] { "interests[1].name", "interests[1]" }));
        });
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
