using ResumeExport.Templates;

namespace ResumeExport.Adapters.Rendering.Documents;

/// <summary>The Word design of each template: its colours, type and sizes taken from the template's stylesheet.</summary>
internal static class WordDesigns
{
    /// <summary>Serif, near-black, a centred header and small-caps headings over a grey rule.</summary>
    public static WordDesign Classic { get; } = new(
        "classic", WordTypeface.Serif, "1C1C1C", "1C1C1C", "444444", "8A8A8A",
        BodySize: 21, NameSize: 50, HeadlineSize: 23, HeadingSize: 23, ItemTitleSize: 22, MetaSize: 19,
        CentredHeader: true, HeadingSmallCaps: true, MinimumMarginMm: 12, BandColor: null, BandTextColor: null, LaterKinds: new HashSet<string>());

    /// <summary>Sans, teal and amber: the header on a teal band, teal all-caps headings over an amber rule.</summary>
    public static WordDesign Modern { get; } = new(
        "modern", WordTypeface.Sans, "27313B", "0F5E6E", "6B7780", "E0A458",
        BodySize: 20, NameSize: 52, HeadlineSize: 24, HeadingSize: 21, ItemTitleSize: 22, MetaSize: 18,
        CentredHeader: false, HeadingSmallCaps: false, MinimumMarginMm: 18, BandColor: "0F5E6E", BandTextColor: "FFFFFF", LaterKinds: new HashSet<string>());

    /// <summary>Small sans type in slate; the short facts (skills, education…) after the narrative, as its side column reads.</summary>
    public static WordDesign Compact { get; } = new(
        "compact", WordTypeface.Sans, "222222", "3A4A5C", "666666", "C8CED6",
        BodySize: 17, NameSize: 36, HeadlineSize: 20, HeadingSize: 17, ItemTitleSize: 18, MetaSize: 16,
        CentredHeader: false, HeadingSmallCaps: false, MinimumMarginMm: 12, BandColor: null, BandTextColor: null,
        LaterKinds: new HashSet<string>(
        [
            ResumeSectionKinds.Skills, ResumeSectionKinds.Education, ResumeSectionKinds.Certifications,
            ResumeSectionKinds.Languages, ResumeSectionKinds.Links,
        ]));

    private static readonly Dictionary<string, WordDesign> ByTemplate = new WordDesign[] { Classic, Modern, Compact }
        .ToDictionary(design => design.TemplateKey, StringComparer.Ordinal);

    public static bool TryGet(string templateKey, out WordDesign design) => ByTemplate.TryGetValue(templateKey, out design!);
}
