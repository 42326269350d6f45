namespace ResumeExport.Domain.Resumes;

/// <summary>
/// One accepted state of a resume's content, numbered 1, 2, 3… per resume and never changed once written. Exports
/// render a version, bulk applications record the one they sent; pruning keeps those (<see cref="ResumeVersionPrunePolicy"/>).
/// </summary>
public sealed class ResumeVersion
{
    private ResumeVersion()
    {
    }

    public Guid Id { get; private set; }

    public Guid ResumeId { get; private set; }

    public Guid UserId { get; private set; }

    /// <summary>1 for the resume as created, then one more per accepted change (<see cref="Resume.LatestVersion"/>).</summary>
    public int Version { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    public string Title { get; private set; } = string.Empty;

    public string TemplateKey { get; private set; } = string.Empty;

    public string? Language { get; private set; }

    public ResumeBasics? Basics { get; private set; }

    public IReadOnlyList<ResumeSection> Sections { get; private set; } = [];

    /// <summary>
    /// <see cref="ResumeContent.Sha256"/> of this version's content. Null only in the stored row of a version 1 the
    /// migration made for a resume older than versions; <see cref="ContentSha256"/> computes it then.
    /// </summary>
    public string? StoredContentSha256 { get; private set; }

    /// <summary>Lower-case hex SHA-256 of the content's canonical form.</summary>
    public string ContentSha256 => StoredContentSha256 ?? Content.Sha256();

    public ResumeContent Content => new(Title, TemplateKey, Language, Basics, Sections);

    /// <summary>The resume's content as it is now, as its version <see cref="Resume.LatestVersion"/>.</summary>
    public static ResumeVersion Capture(Resume resume, DateTimeOffset now)
    {
        var content = resume.Content;
        return new ResumeVersion
        {
            Id = Guid.CreateVersion7(now),
            ResumeId = resume.Id,
            UserId = resume.UserId,
            Version = resume.LatestVersion,
            CreatedAt = now,
            Title = content.Title,
            TemplateKey = content.TemplateKey,
            Language = content.Language,
            Basics = content.Basics,
            Sections = [.. content.Sections],
            StoredContentSha256 = content.Sha256(),
        };
    }
}
