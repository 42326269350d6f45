using ResumeExport.Domain.Common;

namespace ResumeExport.Domain.Resumes;

public sealed class Resume
{
    public const int TitleMaxLength = 120;

    private Resume()
    {
    }

    public Guid Id { get; private set; }

    public Guid UserId { get; private set; }

    public string Title { get; private set; } = string.Empty;

    public string TemplateKey { get; private set; } = string.Empty;

    /// <summary>At most one per user (a partial unique index guarantees it, also under concurrent requests).</summary>
    public bool IsDefault { get; private set; }

    public IReadOnlyList<ResumeSection> Sections { get; private set; } = [];

    /// <summary>Name, headline, contacts; null falls back to the owner's account.</summary>
    public ResumeBasics? Basics { get; private set; }

    /// <summary>BCP 47 (<c>en</c>, <c>de-CH</c>), declared in the PDF; null when not given.</summary>
    public string? Language { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    public DateTimeOffset UpdatedAt { get; private set; }

    /// <summary>Optimistic concurrency token: bumped by every change, compared on every update.</summary>
    public int Version { get; private set; }

    /// <summary>
    /// The number of the newest <see cref="ResumeVersion"/>: 1 when created, one more per change of the content (not per
    /// change of the default flag, which bumps only <see cref="Version"/>).
    /// </summary>
    public int LatestVersion { get; private set; }

    /// <summary>What the resume says now; its versions keep this.</summary>
    public ResumeContent Content => new(Title, TemplateKey, Language, Basics, Sections);

    public static Resume Create(
        Guid userId,
        string title,
        string templateKey,
        IReadOnlyList<ResumeSection> sections,
        bool isDefault,
        DateTimeOffset now,
        ResumeBasics? basics = null,
        string? language = null)
    {
        var resume = new Resume
        {
            Id = Guid.CreateVersion7(now),
            UserId = userId,
            IsDefault = isDefault,
            CreatedAt = now,
            Version = 1,
            LatestVersion = 1,
        };
        resume.Apply(title, templateKey, sections, basics, language, now);
        return resume;
    }

    /// <summary>Replaces the whole resume (a PUT): basics or language left out are cleared.</summary>
    /// <returns>Whether the content changed, i.e. whether <see cref="LatestVersion"/> moved on and a version is due.</returns>
    public bool Update(
        string title,
        string templateKey,
        IReadOnlyList<ResumeSection> sections,
        DateTimeOffset now,
        ResumeBasics? basics = null,
        string? language = null)
    {
        var before = Content;
        Apply(title, templateKey, sections, basics, language, now);
        Version++;
        if (Content.SameAs(before))
        {
            return false; // saved again as it was: nothing new to keep
        }

        LatestVersion++;
        return true;
    }

    /// <summary>Makes the content that of <paramref name="version"/> again, as a new version (so the restore can be undone).</summary>
    /// <exception cref="DomainException">The version belongs to another resume.</exception>
    public void RestoreFrom(ResumeVersion version, DateTimeOffset now)
    {
        EnsureOwn(version);
        Apply(version.Title, version.TemplateKey, version.Sections, version.Basics, version.Language, now);
        Version++;
        LatestVersion++;
    }

    /// <summary>A detached copy that says what <paramref name="version"/> says: what an export of that version renders.</summary>
    /// <exception cref="DomainException">The version belongs to another resume.</exception>
    public Resume AsOf(ResumeVersion version)
    {
        EnsureOwn(version);
        return new Resume
        {
            Id = Id,
            UserId = UserId,
            IsDefault = IsDefault,
            CreatedAt = CreatedAt,
            UpdatedAt = version.CreatedAt,
            Version = Version,
            LatestVersion = version.Version,
            Title = version.Title,
            TemplateKey = version.TemplateKey,
            Sections = version.Sections,
            Basics = version.Basics,
            Language = version.Language,
        };
    }

    /// <summary>Throws a conflict when the caller edited an older version than the stored one.</summary>
    public void EnsureVersion(int? expectedVersion)
    {
        if (expectedVersion is not null && expectedVersion != Version)
        {
            throw new StaleResumeException(Id, expectedVersion.Value, Version);
        }
    }

    public void MarkDefault(DateTimeOffset now)
    {
        if (!IsDefault)
        {
            IsDefault = true;
            UpdatedAt = now;
            Version++;
        }
    }

    private void EnsureOwn(ResumeVersion version)
    {
        if (version.ResumeId != Id)
        {
            throw new DomainException("foreign_version", $"Version {version.Version} is not a version of resume {Id}.");
        }
    }

    private void Apply(
        string title, string templateKey, IReadOnlyList<ResumeSection> sections, ResumeBasics? basics, string? language, DateTimeOffset now)
    {
        var trimmed = title.Trim();
        if (trimmed.Length is 0 or > TitleMaxLength)
        {
            throw new DomainException("invalid_title", $"A resume title has 1 to {TitleMaxLength} characters.");
        }

        Title = trimmed;
        TemplateKey = templateKey;
        Sections = [.. sections];
        Basics = basics;
        Language = string.IsNullOrWhiteSpace(language) ? null : language.Trim();
        UpdatedAt = now;
    }
}
