namespace ResumeExport.Templates.Outline;

/// <summary>
/// One entry of a section, reduced to the parts every format has a place for. All text is plain (never markup), trimmed,
/// one line each, with control characters removed; which field of <see cref="ResumeDocumentItem"/> lands where is
/// listed in docs/documents.md.
/// </summary>
public sealed record ResumeOutlineItem
{
    /// <summary>The item's name: the role, the degree, the project, the skill.</summary>
    public string? Title { get; init; }

    /// <summary>Where or for whom: the company, the institution, the issuer, the level of a skill.</summary>
    public string? Subtitle { get; init; }

    /// <summary>"Feb 2020 – Present" or one month, in the resume's language.</summary>
    public string? Dates { get; init; }

    public string? Location { get; init; }

    /// <summary>Short facts printed under the head, each on its own line (a company's description, a score, a project's roles).</summary>
    public IReadOnlyList<string> Details { get; init; } = [];

    /// <summary>Running text; each line the person typed is its own paragraph.</summary>
    public IReadOnlyList<string> Paragraphs { get; init; } = [];

    public IReadOnlyList<ResumeOutlineLink> Links { get; init; } = [];

    public IReadOnlyList<string> Bullets { get; init; } = [];

    /// <summary>Keywords, printed as one comma-separated line.</summary>
    public IReadOnlyList<string> Tags { get; init; } = [];

    /// <summary>The item's own text reads right to left (its first letter is Hebrew, Arabic…), whatever the resume's language.</summary>
    public bool IsRightToLeft { get; init; }

    /// <summary>Every piece of text of the item in reading order: what a reader of any format must find.</summary>
    public IEnumerable<string> Texts()
    {
        foreach (var text in new[] { Title, Subtitle, Dates, Location })
        {
            if (text is not null)
            {
                yield return text;
            }
        }

        foreach (var text in Details.Concat(Paragraphs).Concat(Links.Select(l => l.Text)).Concat(Bullets).Concat(Tags))
        {
            yield return text;
        }
    }

    internal bool IsEmpty =>
        Title is null && Subtitle is null && Dates is null && Location is null
        && Details.Count == 0 && Paragraphs.Count == 0 && Links.Count == 0 && Bullets.Count == 0 && Tags.Count == 0;
}
