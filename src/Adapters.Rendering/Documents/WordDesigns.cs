using ResumeExport.Templates;

namespace ResumeExport.Adapters.Rendering.Documents;

/// <summary>The Word design of each template: its colours, type and sizes taken from the template's stylesheet.</summary>
internal static class WordDesigns
{
    /// <summary>Serif, near-black, a centred header and small-caps headings over a grey rule.</summary>
    public static WordDesign Classic { get; } = new(
        "classic", WordTypeface.Serif, "1C1C1C", "1C1C1C", "444444", "8A8A8A", NameColor: "1C1C1C", HeadlineColor: "444444", ContactColor: "555555",
        BodySize: 21, NameSize: 50, HeadlineSize: 23, HeadingSize: 23, ItemTitleSize: 22, MetaSize: 19,
        CentredHeader: true, HeadingSmallCaps: true, MinimumMarginMm: 12, BandColor: null, LaterKinds: new HashSet<string>());

    /// <summary>Sans, teal and amber: the header on a teal band, teal all-caps headings over an amber rule.</summary>
    public static WordDesign Modern { get; } = new(
        "modern", WordTypeface.Sans, "27313B", "0F5E6E", "6B7780", "E0A458", NameColor: "FFFFFF", HeadlineColor: "CFE7EA", ContactColor: "EEF6F7",
        BodySize: 20, NameSize: 52, HeadlineSize: 24, HeadingSize: 21, ItemTitleSize: 22, MetaSize: 18,
        CentredHeader: false, HeadingSmallCaps: false, MinimumMarginMm: 18, BandColor: "0F5E6E", LaterKinds: new HashSet<string>());

    /// <summary>Small sans type in slate; the short facts (skills, education…) after the narrative, as its side column reads.</summary>
    public static WordDesign Compact { get; } = new(
        "compact", WordTypeface.Sans, "222222", "3A4A5C", "666666", "C8CED6", NameColor: "1B2633", HeadlineColor: "3A4A5C", ContactColor: "555555",
        BodySize: 17, NameSize: 36, HeadlineSize: 20, HeadingSize: 17, ItemTitleSize: 18, MetaSize: 16,
        CentredHeader: false, HeadingSmallCaps: false, MinimumMarginMm: 12, BandColor: null,
        LaterKinds: new HashSet<string>(
        [
            ResumeSectionKinds.Skills, ResumeSectionKinds.Education, ResumeSectionKinds.Certifications,
            ResumeSectionKinds.Languages, ResumeSectionKinds.Links, ResumeSectionKinds.Interests,
        ]));

    /// <summary>Serif in deep navy with gold accents: the name over a thick navy rule, spaced capitals for headings.</summary>
    public static WordDesign Executive { get; } = new(
        "executive", WordTypeface.Serif, "1D232B", "1F3A5F", "4A525C", "1F3A5F", NameColor: "14263F", HeadlineColor: "8A6A2F", ContactColor: "4A525C",
        BodySize: 21, NameSize: 58, HeadlineSize: 21, HeadingSize: 19, ItemTitleSize: 23, MetaSize: 18,
        CentredHeader: false, HeadingSmallCaps: false, MinimumMarginMm: 17, BandColor: null, LaterKinds: new HashSet<string>());

    /// <summary>Sans in slate with a coral accent; Word keeps the dates in the item head rather than a column of their own.</summary>
    public static WordDesign Timeline { get; } = new(
        "timeline", WordTypeface.Sans, "2A3138", "D9644A", "56606A", "D9DEE3", NameColor: "22303C", HeadlineColor: "D9644A", ContactColor: "56606A",
        BodySize: 20, NameSize: 50, HeadlineSize: 23, HeadingSize: 20, ItemTitleSize: 21, MetaSize: 17,
        CentredHeader: false, HeadingSmallCaps: false, MinimumMarginMm: 15, BandColor: null, LaterKinds: new HashSet<string>());

    /// <summary>Naskh (serif) text in green and gold; the sidebar's short facts come first, as the sidebar reads first.</summary>
    public static WordDesign Mashriq { get; } = new(
        "mashriq", WordTypeface.Serif, "23302C", "0E5A4A", "5D6763", "B08D3C", NameColor: "0E5A4A", HeadlineColor: "8C6D2C", ContactColor: "4B5652",
        BodySize: 20, NameSize: 42, HeadlineSize: 22, HeadingSize: 24, ItemTitleSize: 22, MetaSize: 17,
        CentredHeader: false, HeadingSmallCaps: false, MinimumMarginMm: 14, BandColor: null,
        LaterKinds: new HashSet<string>(
        [
            ResumeSectionKinds.Summary, ResumeSectionKinds.Experience, ResumeSectionKinds.Projects, ResumeSectionKinds.Certifications,
            ResumeSectionKinds.Volunteer, ResumeSectionKinds.Awards, ResumeSectionKinds.Publications, ResumeSectionKinds.References,
            ResumeSectionKinds.Custom,
        ]));

    private static readonly Dictionary<string, WordDesign> ByTemplate = new WordDesign[] { Classic, Modern, Compact, Executive, Timeline, Mashriq }
        .ToDictionary(design => design.TemplateKey, StringComparer.Ordinal);

    public static bool TryGet(string templateKey, out WordDesign design) => ByTemplate.TryGetValue(templateKey, out design!);
}
