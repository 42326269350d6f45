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
        };
        resume.Apply(title, templateKey, sections, basics, language, now);
        return resume;
    }

    /// <summary>Replaces the whole resume (a PUT): basics or language left out are cleared.</summary>
    public void Update(
        string title,
        string templateKey,
        IReadOnlyList<ResumeSection> sections,
        DateTimeOffset now,
        ResumeBasics? basics = null,
        string? language = null)
    {
        Apply(title, templateKey, sections, basics, language, now);
        Version++;
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
