namespace ResumeExport.Adapters.Rendering.Documents;

/// <summary>
/// How one template looks in Word: the same type family, colours and section order as its HTML design, sizes in
/// half-points (Word's unit). Word has no full-bleed band or second column that a reader of the .docx could still edit
/// comfortably, so the designs keep one column in the templates' reading order.
/// </summary>
/// <param name="TemplateKey">The template whose page margins (ResumeTemplates.PageBox) the document uses.</param>
/// <param name="MinimumMarginMm">Used where the template's own margin is smaller (modern's band bleeds to the paper's edge in
/// HTML; its content sits 18 mm in).</param>
/// <param name="BandColor">Set for a design whose header is a coloured band (its name, headline and contacts in white).</param>
/// <param name="LaterKinds">Section kinds printed after all the others, as the template's side column reads after its main one.</param>
internal sealed record WordDesign(
    string TemplateKey,
    WordTypeface Typeface,
    string TextColor,
    string AccentColor,
    string MutedColor,
    string RuleColor,
    int BodySize,
    int NameSize,
    int HeadlineSize,
    int HeadingSize,
    int ItemTitleSize,
    int MetaSize,
    bool CentredHeader,
    bool HeadingSmallCaps,
    double MinimumMarginMm,
    string? BandColor,
    string? BandTextColor,
    IReadOnlySet<string> LaterKinds);
