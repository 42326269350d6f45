using FluentValidation.Results;
using Microsoft.Extensions.Options;
using ResumeExport.Application.Resumes.Common;
using ResumeExport.Application.Resumes.CreateResume;
using ResumeExport.Application.Resumes.UpdateResume;
using ResumeExport.Application.UnitTests.Fakes;
using ResumeExport.Domain.Resumes;

namespace ResumeExport.Application.UnitTests.Resumes.Common;

/// <summary>
/// The shared resume validator, through both commands that include it. Property names are FluentValidation's;
/// the API turns them into JSON paths (<c>Sections[2].Items[0].StartDate</c> → <c>sections[2].items[0].startDate</c>).
/// </summary>
public sealed class ResumeContentValidatorTests
{
    private readonly InMemoryTemplateCatalog templates = new();

    [Test]
    public async Task A_valid_resume_passes_on_create_and_on_update()
    {
        var create = await ValidateCreate(new CreateResumeCommand("Backend engineer", "classic", ValidItems.ForAnyTemplate()));
        var update = await ValidateUpdate(new UpdateResumeCommand(Guid.NewGuid(), "Backend engineer", "compact", ValidItems.ForAnyTemplate(), ExpectedVersion: 3));

        Assert.Multiple(() =>
        {
            Assert.That(create.Errors, Is.Empty, Describe(create));
            Assert.That(update.Errors, Is.Empty, Describe(update));
        });
    }

    [Test]
    public async Task Every_violation_in_every_section_and_item_comes_back_at_once_keyed_by_path()
    {
        IReadOnlyList<SectionDto> sections =
        [
            ValidItems.Section(SectionKind.Summary),
            new("experience", "Experience",
            [
                ValidItems.Experience with { Company = null },
                ValidItems.Experience with { StartDate = "2023-06-30", EndDate = "2023-01-01" },
            ]),
            new("education", "Education", [ValidItems.Education with { StartDate = "2024-02-30" }]),
            new("skills", "Skills", [ValidItems.Skills with { Company = "Acme" }]),
            new("projects", "", [ValidItems.Projects with { Url = "javascript:alert(1)", Bullets = ["ok", new string('b', 301)] }]),
            new("custom", "Other", [new SectionItemDto()]),
            new("hobbies", "Hobbies", [ValidItems.Skills]),
        ];

        var result = await ValidateCreate(new CreateResumeCommand(" ", "classic", sections));

        Assert.That(PropertyNames(result), Is.EquivalentTo(new[]
        {
            "Title",
            "Sections[1].Items[0].Company",
            "Sections[1].Items[1].EndDate",
            "Sections[2].Items[0].StartDate",
            "Sections[3].Items[0].Company",
            "Sections[4].Title",
            "Sections[4].Items[0].Url",
            "Sections[4].Items[0].Bullets[1]",
            "Sections[5].Items[0].text",
            "Sections[6].Kind",
        }));
    }

    [Test]
    public async Task The_update_command_reports_the_same_paths_as_create()
    {
        IReadOnlyList<SectionDto> sections =
        [
            ValidItems.Section(SectionKind.Experience),
            new("education", "Education", [ValidItems.Education, ValidItems.Education with { EndDate = "2010-01-01" }]),
        ];

        var result = await ValidateUpdate(new UpdateResumeCommand(Guid.NewGuid(), "CV", "classic", sections, ExpectedVersion: null));

        Assert.That(PropertyNames(result), Is.EqualTo(new[] { "Sections[1].Items[1].EndDate" }));
    }

    [Test]
    public async Task An_unknown_template_is_reported_with_the_available_ones()
    {
        var result = await ValidateCreate(new CreateResumeCommand("CV", "fancy", ValidItems.ForAnyTemplate()));

        Assert.Multiple(() =>
        {
            Assert.That(PropertyNames(result), Is.EqualTo(new[] { "templateKey" }));
            Assert.That(result.Errors.Single().ErrorMessage, Is.EqualTo("Unknown template 'fancy'. Available: classic, modern, compact, executive, timeline, mashriq."));
        });
    }

    [Test]
    public async Task A_missing_template_key_is_required_and_not_looked_up() =>
        Assert.That(PropertyNames(await ValidateCreate(new CreateResumeCommand("CV", "", ValidItems.ForAnyTemplate()))), Is.EqualTo(new[] { "TemplateKey" }));

    [TestCase("classic", "education")]
    [TestCase("modern", "summary")]
    [TestCase("compact", "skills")]
    public async Task A_missing_required_section_of_the_template_is_reported_on_sections(string template, string missing)
    {
        var sections = ValidItems.ForAnyTemplate().Where(s => s.Kind != missing).ToArray();

        var result = await ValidateCreate(new CreateResumeCommand("CV", template, sections));

        Assert.Multiple(() =>
        {
            Assert.That(PropertyNames(result), Is.EqualTo(new[] { "sections" }));
            Assert.That(result.Errors.Single().ErrorMessage, Is.EqualTo($"The '{template}' template needs a non-empty '{missing}' section."));
        });
    }

    [Test]
    public async Task Every_missing_required_section_is_reported()
    {
        var result = await ValidateCreate(new CreateResumeCommand("CV", "classic", [ValidItems.Section(SectionKind.Skills)]));

        Assert.That(
            result.Errors.Select(e => (e.PropertyName, e.ErrorMessage)),
            Is.EquivalentTo(new[]
            {
                ("sections", "The 'classic' template needs a non-empty 'experience' section."),
                ("sections", "The 'classic' template needs a non-empty 'education' section."),
            }));
    }

    [Test]
    public async Task A_required_section_without_items_is_reported_on_sections()
    {
        IReadOnlyList<SectionDto> sections = [ValidItems.Section(SectionKind.Experience), new("education", "Education", [])];

        var result = await ValidateCreate(new CreateResumeCommand("CV", "classic", sections));

        Assert.That(result.Errors.Select(e => (e.PropertyName, e.ErrorMessage)), Is.EqualTo(new[] { ("sections", "The 'classic' template needs a non-empty 'education' section.") }));
    }

    [Test]
    public async Task A_required_section_made_only_of_empty_items_is_reported_on_sections_and_on_the_items()
    {
        IReadOnlyList<SectionDto> sections = [ValidItems.Section(SectionKind.Experience), new("education", "Education", [new SectionItemDto()])];

        var result = await ValidateCreate(new CreateResumeCommand("CV", "classic", sections));

        Assert.That(
            PropertyNames(result),
            Is.EquivalentTo(new[] { "sections", "Sections[1].Items[0].Institution", "Sections[1].Items[0].Degree", "Sections[1].Items[0].StartDate" }));
    }

    [Test]
    public async Task The_section_cap_comes_from_max_resume_sections()
    {
        IReadOnlyList<SectionDto> two = [ValidItems.Section(SectionKind.Experience), ValidItems.Section(SectionKind.Education)];
        IReadOnlyList<SectionDto> three = [.. two, ValidItems.Section(SectionKind.Skills)];

        var atCap = await ValidateCreate(new CreateResumeCommand("CV", "classic", two), maxSections: 2);
        var overCap = await ValidateCreate(new CreateResumeCommand("CV", "classic", three), maxSections: 2);

        Assert.Multiple(() =>
        {
            Assert.That(atCap.Errors, Is.Empty, Describe(atCap));
            Assert.That(overCap.Errors.Select(e => (e.PropertyName, e.ErrorMessage)), Is.EqualTo(new[] { ("Sections", "A resume has at most 2 sections.") }));
        });
    }

    [Test]
    public async Task The_section_cap_applies_to_updates_too()
    {
        IReadOnlyList<SectionDto> three = [ValidItems.Section(SectionKind.Experience), ValidItems.Section(SectionKind.Education), ValidItems.Section(SectionKind.Skills)];

        var result = await ValidateUpdate(new UpdateResumeCommand(Guid.NewGuid(), "CV", "classic", three, null), maxSections: 2);

        Assert.That(PropertyNames(result), Is.EqualTo(new[] { "Sections" }));
    }

    [Test]
    public async Task The_default_section_cap_is_twenty()
    {
        var twenty = ValidItems.ForClassic().Concat(Enumerable.Repeat(ValidItems.Section(SectionKind.Skills), 18)).ToArray();

        var atCap = await ValidateCreate(new CreateResumeCommand("CV", "classic", twenty));
        var overCap = await ValidateCreate(new CreateResumeCommand("CV", "classic", [.. twenty, ValidItems.Section(SectionKind.Skills)]));

        Assert.Multiple(() =>
        {
            Assert.That(ResumeOptions.DefaultMaxSections, Is.EqualTo(20));
            Assert.That(atCap.Errors, Is.Empty, Describe(atCap));
            Assert.That(PropertyNames(overCap), Is.EqualTo(new[] { "Sections" }));
        });
    }

    [TestCase("")]
    [TestCase("   ")]
    public async Task A_blank_title_is_refused(string title) =>
        Assert.That(PropertyNames(await ValidateCreate(new CreateResumeCommand(title, "classic", ValidItems.ForClassic()))), Is.EqualTo(new[] { "Title" }));

    [Test]
    public async Task A_title_is_measured_after_trimming_against_the_resume_maximum()
    {
        var longest = "  " + new string('t', Resume.TitleMaxLength) + "  ";

        var atMax = await ValidateCreate(new CreateResumeCommand(longest, "classic", ValidItems.ForClassic()));
        var overMax = await ValidateCreate(new CreateResumeCommand(new string('t', Resume.TitleMaxLength + 1), "classic", ValidItems.ForClassic()));

        Assert.Multiple(() =>
        {
            Assert.That(atMax.Errors, Is.Empty);
            Assert.That(PropertyNames(overMax), Is.EqualTo(new[] { "Title" }));
        });
    }

    [Test]
    public async Task Missing_sections_are_reported_on_sections() =>
        Assert.That(PropertyNames(await ValidateCreate(new CreateResumeCommand("CV", "classic", null!))), Is.SupersetOf(new[] { "Sections" }));

    [Test]
    public async Task Valid_basics_and_a_language_pass()
    {
        var result = await ValidateCreate(new CreateResumeCommand("CV", "classic", ValidItems.ForClassic(), ValidBasics, "pt-BR"));

        Assert.That(result.Errors, Is.Empty, Describe(result));
    }

    [Test]
    public async Task Every_basics_violation_comes_back_keyed_by_its_path()
    {
        var basics = ValidBasics with
        {
            Name = " ",
            Email = "ana at example",
            Url = "ftp://ana.example.com",
            Location = new LocationDto { City = "Lisbon", CountryCode = "PRT" },
            Profiles =
            [
                new ProfileDto { Network = "GitHub", Url = "https://github.com/ana" },
                new ProfileDto { Network = "Blog", Url = "blog.example.com" },
                new ProfileDto { Network = "Mastodon" },
            ],
        };

        var result = await ValidateCreate(new CreateResumeCommand("CV", "classic", ValidItems.ForClassic(), basics, "english"));

        Assert.That(PropertyNames(result), Is.EquivalentTo(new[]
        {
            "Basics.Name", "Basics.Email", "Basics.Url", "Basics.Location.CountryCode", "Basics.Profiles[1].Url", "Basics.Profiles[2].username", "Language",
        }), Describe(result));
    }

    [Test]
    public async Task An_address_past_200_characters_and_a_postal_code_past_20_are_refused_at_their_paths()
    {
        var basics = ValidBasics with
        {
            Location = ValidBasics.Location! with
            {
                Address = new string('a', BasicsDtoValidator.AddressMaxLength + 1),
                PostalCode = new string('1', BasicsDtoValidator.PostalCodeMaxLength + 1),
            },
        };

        var result = await ValidateCreate(new CreateResumeCommand("CV", "classic", ValidItems.ForClassic(), basics));

        Assert.That(PropertyNames(result), Is.EquivalentTo(new[] { "Basics.Location.Address", "Basics.Location.PostalCode" }));
    }

    [Test]
    public void The_whole_location_reaches_the_domain_and_comes_back_and_an_address_alone_is_a_location()
    {
        var full = ResumeMapper.ToDomain(ValidBasics)!;
        var addressOnly = ResumeMapper.ToDomain(ValidBasics with { Location = new LocationDto { Address = " Rua Augusta 1 " } })!;
        var back = ResumeMapper.ToResponse(Resume.Create(Guid.NewGuid(), "CV", "classic", [], isDefault: true, DateTimeOffset.UnixEpoch, full)).Basics!;

        Assert.Multiple(() =>
        {
            Assert.That(full.Location, Is.EqualTo(new ResumeLocation("Lisbon", "Lisboa", "PT") { Address = "Rua Augusta 1\n2nd floor", PostalCode = "1100-048" }));
            Assert.That(addressOnly.Location, Is.EqualTo(new ResumeLocation(null, null, null) { Address = "Rua Augusta 1" }));
            Assert.That(back.Location, Is.EqualTo(ValidBasics.Location));
        });
    }

    [Test]
    public async Task At_most_ten_profiles()
    {
        var profiles = Enumerable.Range(1, 11).Select(i => new ProfileDto { Network = $"Net {i}", Username = "ana" }).ToArray();

        var result = await ValidateCreate(new CreateResumeCommand("CV", "classic", ValidItems.ForClassic(), ValidBasics with { Profiles = profiles }));

        Assert.That(result.Errors.Select(e => (e.PropertyName, e.ErrorMessage)), Is.EqualTo(new[] { ("Basics.Profiles", "At most 10 profiles.") }));
    }

    [TestCase(0)]
    [TestCase(-1)]
    public async Task An_update_with_a_version_below_one_is_refused_on_version(int version) =>
        Assert.That(
            PropertyNames(await ValidateUpdate(new UpdateResumeCommand(Guid.NewGuid(), "CV", "classic", ValidItems.ForClassic(), version))),
            Is.EqualTo(new[] { "version" }));

    private static BasicsDto ValidBasics { get; } = new()
    {
        Name = "Ana Silva",
        Label = "Backend engineer",
        Email = "ana@example.com",
        Phone = "+351 21 000 0000",
        Location = new LocationDto { Address = "Rua Augusta 1\n2nd floor", PostalCode = "1100-048", City = "Lisbon", Region = "Lisboa", CountryCode = "PT" },
        Url = "https://ana.example.com",
        Profiles = [new ProfileDto { Network = "GitHub", Username = "ana", Url = "https://github.com/ana" }],
    };

    private static string[] PropertyNames(ValidationResult result) => result.Errors.Select(e => e.PropertyName).Distinct().ToArray();

    private static string Describe(ValidationResult result) => string.Join("; ", result.Errors.Select(e => $"{e.PropertyName}: {e.ErrorMessage}"));

    private static IOptions<ResumeOptions> Options(int maxSections) => Microsoft.Extensions.Options.Options.Create(new ResumeOptions { MaxSections = maxSections });

    private Task<ValidationResult> ValidateCreate(CreateResumeCommand command, int maxSections = ResumeOptions.DefaultMaxSections) =>
        new CreateResumeCommandValidator(new ResumeTemplateLookup(templates), Options(maxSections)).ValidateAsync(command);

    private Task<ValidationResult> ValidateUpdate(UpdateResumeCommand command, int maxSections = ResumeOptions.DefaultMaxSections) =>
        new UpdateResumeCommandValidator(new ResumeTemplateLookup(templates), Options(maxSections)).ValidateAsync(command);
}
