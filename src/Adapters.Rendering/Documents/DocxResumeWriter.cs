using System.Globalization;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using ResumeExport.Templates;
using ResumeExport.Templates.Outline;

namespace ResumeExport.Adapters.Rendering.Documents;

/// <summary>
/// A Word document (.docx, Open XML SDK) that reads like the template and edits like a Word file: the name in the Title
/// style, section headings in Heading 1, item titles in Heading 2 (so Word's navigation pane and applicant tracking
/// systems see the structure), bullets as real list items (List Bullet with a numbering definition), links as real
/// hyperlinks in the Hyperlink style. Pages are A4 or Letter with the template's margins; the core properties carry
/// the title, the author and the language. A right-to-left resume runs right to left (bidi section and paragraphs, rtl
/// runs); a right-to-left item in a left-to-right resume gets right-to-left paragraphs of its own.
/// </summary>
internal static class DocxResumeWriter
{
    public const string TitleStyle = "Title";
    public const string SubtitleStyle = "Subtitle";
    public const string Heading1Style = "Heading1";
    public const string Heading2Style = "Heading2";
    public const string ListBulletStyle = "ListBullet";
    public const string HyperlinkStyle = "Hyperlink";
    public const string ContactStyle = "Contact";
    public const string ItemMetaStyle = "ItemMeta";

    private const string Separator = " \u00B7 ";
    private const int BulletNumberingId = 1;
    private const double TwipsPerMm = 1440 / 25.4;

    public static byte[] Write(ResumeOutline outline, WordDesign design, TemplatePageSize pageSize)
    {
        ArgumentNullException.ThrowIfNull(outline);
        ArgumentNullException.ThrowIfNull(design);
        using var stream = new MemoryStream();
        using (var package = WordprocessingDocument.Create(stream, WordprocessingDocumentType.Document))
        {
            var main = package.AddMainDocumentPart();
            var fonts = WordFonts.For(outline, design.Typeface);
            AddStyles(main, design, fonts);
            AddNumbering(main, design);
            AddSettings(main);
            var body = new Body();
            new Writer(main, body, outline, design).WriteAll();
            body.Append(SectionProperties(outline, design, pageSize));
            main.Document = new Document(body);
            package.PackageProperties.Title = outline.Title;
            package.PackageProperties.Creator = outline.Name;
            package.PackageProperties.Language = outline.Language;
        }

        return stream.ToArray();
    }

    /// <summary>Page size in twips (A4 11906 × 16838, Letter 12240 × 15840, Legal 12240 × 20160) and the template's margins.</summary>
    private static SectionProperties SectionProperties(ResumeOutline outline, WordDesign design, TemplatePageSize pageSize)
    {
        var box = ResumeTemplates.PageBox(design.TemplateKey, pageSize);
        var bottom = box.PaperHeightMm - box.FirstPageTopMarginMm - box.FirstPageContentHeightMm;
        var top = box.PaperHeightMm - bottom - box.ContentHeightMm;
        var right = box.PaperWidthMm - box.LeftMarginMm - box.ContentWidthMm;
        var properties = new SectionProperties(
            new PageSize
            {
                Width = pageSize == TemplatePageSize.A4 ? 11906U : 12240U,
                Height = pageSize switch { TemplatePageSize.Letter => 15840U, TemplatePageSize.Legal => 20160U, _ => 16838U },
            },
            new PageMargin
            {
                Top = (int)Twips(Math.Max(top, design.MinimumMarginMm)),
                Bottom = (int)Twips(Math.Max(bottom, design.MinimumMarginMm)),
                Left = Twips(Math.Max(box.LeftMarginMm, design.MinimumMarginMm)),
                Right = Twips(Math.Max(right, design.MinimumMarginMm)),
                Header = 708U,
                Footer = 708U,
                Gutter = 0U,
            });
        if (outline.IsRightToLeft)
        {
            properties.Append(new BiDi());
        }

        return properties;
    }

    private static uint Twips(double mm) => (uint)Math.Round(mm * TwipsPerMm);

    private static void AddStyles(MainDocumentPart main, WordDesign design, WordFonts fonts)
    {
        var part = main.AddNewPart<StyleDefinitionsPart>();
        var defaults = new DocDefaults(
            new RunPropertiesDefault(new RunPropertiesBaseStyle
            {
                RunFonts = new RunFonts { Ascii = fonts.Latin, HighAnsi = fonts.Latin, EastAsia = fonts.EastAsia, ComplexScript = fonts.ComplexScript },
                Color = new Color { Val = design.TextColor },
                FontSize = new FontSize { Val = Size(design.BodySize) },
                FontSizeComplexScript = new FontSizeComplexScript { Val = Size(design.BodySize) },
                Languages = new Languages { Val = fonts.Language, EastAsia = fonts.EastAsiaLanguage, Bidi = fonts.BidiLanguage },
            }),
            new ParagraphPropertiesDefault(new ParagraphPropertiesBaseStyle
            {
                SpacingBetweenLines = new SpacingBetweenLines { After = "0", Line = "264", LineRule = LineSpacingRuleValues.Auto },
            }));
        var styles = new Styles(defaults);
        styles.Append(
            ParagraphStyle("Normal", "Normal", null, isDefault: true, new StyleParagraphProperties
            {
                SpacingBetweenLines = new SpacingBetweenLines { After = "40" },
            }, new StyleRunProperties()),
            new Style(new StyleName { Val = "Default Paragraph Font" }, new UIPriority { Val = 1 }, new SemiHidden(), new UnhideWhenUsed())
            {
                Type = StyleValues.Character,
                StyleId = "DefaultParagraphFont",
                Default = true,
            },
            ParagraphStyle(TitleStyle, "Title", "Normal", isDefault: false, HeaderParagraph(design, spaceAfter: 40, ruleBelow: false), new StyleRunProperties
            {
                Bold = new Bold(),
                BoldComplexScript = new BoldComplexScript(),
                Color = new Color { Val = design.NameColor },
                FontSize = new FontSize { Val = Size(design.NameSize) },
                FontSizeComplexScript = new FontSizeComplexScript { Val = Size(design.NameSize) },
                Spacing = design.CentredHeader ? new Spacing { Val = 20 } : null,
            }),
            ParagraphStyle(SubtitleStyle, "Subtitle", "Normal", isDefault: false, HeaderParagraph(design, spaceAfter: 60, ruleBelow: false), new StyleRunProperties
            {
                Italic = design.Typeface == WordTypeface.Serif ? new Italic() : null,
                Color = new Color { Val = design.HeadlineColor },
                FontSize = new FontSize { Val = Size(design.HeadlineSize) },
                FontSizeComplexScript = new FontSizeComplexScript { Val = Size(design.HeadlineSize) },
            }),
            ParagraphStyle(ContactStyle, "Contact", "Normal", isDefault: false, HeaderParagraph(design, spaceAfter: 0, ruleBelow: true), new StyleRunProperties
            {
                Color = new Color { Val = design.ContactColor },
                FontSize = new FontSize { Val = Size(design.MetaSize) },
                FontSizeComplexScript = new FontSizeComplexScript { Val = Size(design.MetaSize) },
            }),
            ParagraphStyle(Heading1Style, "heading 1", "Normal", isDefault: false, new StyleParagraphProperties
            {
                KeepNext = new KeepNext(),
                KeepLines = new KeepLines(),
                ParagraphBorders = new ParagraphBorders(new BottomBorder
                {
                    Val = BorderValues.Single,
                    Size = design.BandColor is null ? 4U : 12U,
                    Space = 2U,
                    Color = design.RuleColor,
                }),
                SpacingBetweenLines = new SpacingBetweenLines { Before = "240", After = "100" },
                OutlineLevel = new OutlineLevel { Val = 0 },
            }, new StyleRunProperties
            {
                Bold = new Bold(),
                BoldComplexScript = new BoldComplexScript(),
                Caps = design.HeadingSmallCaps ? null : new Caps(),
                SmallCaps = design.HeadingSmallCaps ? new SmallCaps() : null,
                Spacing = new Spacing { Val = 16 },
                Color = new Color { Val = design.AccentColor },
                FontSize = new FontSize { Val = Size(design.HeadingSize) },
                FontSizeComplexScript = new FontSizeComplexScript { Val = Size(design.HeadingSize) },
            }),
            ParagraphStyle(Heading2Style, "heading 2", "Normal", isDefault: false, new StyleParagraphProperties
            {
                KeepNext = new KeepNext(),
                KeepLines = new KeepLines(),
                SpacingBetweenLines = new SpacingBetweenLines { Before = "140", After = "20" },
                OutlineLevel = new OutlineLevel { Val = 1 },
            }, new StyleRunProperties
            {
                Bold = new Bold(),
                BoldComplexScript = new BoldComplexScript(),
                Color = new Color { Val = design.TextColor },
                FontSize = new FontSize { Val = Size(design.ItemTitleSize) },
                FontSizeComplexScript = new FontSizeComplexScript { Val = Size(design.ItemTitleSize) },
            }),
            ParagraphStyle(ItemMetaStyle, "Item Meta", "Normal", isDefault: false, new StyleParagraphProperties
            {
                KeepNext = new KeepNext(),
                SpacingBetweenLines = new SpacingBetweenLines { After = "20" },
            }, new StyleRunProperties
            {
                Italic = design.Typeface == WordTypeface.Serif ? new Italic() : null,
                Color = new Color { Val = design.BandColor is null ? design.MutedColor : design.AccentColor },
                FontSize = new FontSize { Val = Size(design.MetaSize) },
                FontSizeComplexScript = new FontSizeComplexScript { Val = Size(design.MetaSize) },
            }),
            ParagraphStyle(ListBulletStyle, "List Bullet", "Normal", isDefault: false, new StyleParagraphProperties
            {
                NumberingProperties = new NumberingProperties(new NumberingLevelReference { Val = 0 }, new NumberingId { Val = BulletNumberingId }),
                SpacingBetweenLines = new SpacingBetweenLines { After = "20" },
                ContextualSpacing = new ContextualSpacing(),
            }, new StyleRunProperties()),
            new Style(
                new StyleName { Val = "Hyperlink" },
                new BasedOn { Val = "DefaultParagraphFont" },
                new UIPriority { Val = 99 },
                new UnhideWhenUsed(),
                new StyleRunProperties
                {
                    Color = new Color { Val = design.AccentColor },
                    Underline = new Underline { Val = UnderlineValues.Single },
                })
            {
                Type = StyleValues.Character,
                StyleId = HyperlinkStyle,
            });
        part.Styles = styles;
    }

    /// <summary>
    /// The header's paragraphs: centred in classic; on the band in modern (the same borders on each, so Word draws one
    /// box around them all); <paramref name="ruleBelow"/> on the contact lines draws classic's and compact's rule under it.
    /// </summary>
    private static StyleParagraphProperties HeaderParagraph(WordDesign design, int spaceAfter, bool ruleBelow)
    {
        var properties = new StyleParagraphProperties
        {
            SpacingBetweenLines = new SpacingBetweenLines { After = spaceAfter.ToString(CultureInfo.InvariantCulture), Before = "0" },
            Justification = design.CentredHeader ? new Justification { Val = JustificationValues.Center } : null,
        };
        if (design.BandColor is { } band)
        {
            properties.ParagraphBorders = new ParagraphBorders(
                new TopBorder { Val = BorderValues.Single, Size = 4U, Space = 12U, Color = band },
                new LeftBorder { Val = BorderValues.Single, Size = 4U, Space = 12U, Color = band },
                new BottomBorder { Val = BorderValues.Single, Size = 24U, Space = 12U, Color = design.RuleColor },
                new RightBorder { Val = BorderValues.Single, Size = 4U, Space = 12U, Color = band });
            properties.Shading = new Shading { Val = ShadingPatternValues.Clear, Color = "auto", Fill = band };
        }
        else if (ruleBelow)
        {
            properties.ParagraphBorders = new ParagraphBorders(new BottomBorder
            {
                Val = BorderValues.Single,
                Size = 12U,
                Space = 6U,
                Color = design.AccentColor,
            });
        }

        return properties;
    }

    private static Style ParagraphStyle(
        string id, string name, string? basedOn, bool isDefault, StyleParagraphProperties paragraph, StyleRunProperties run)
    {
        var style = new Style { Type = StyleValues.Paragraph, StyleId = id, Default = isDefault ? true : null };
        style.Append(new StyleName { Val = name });
        if (basedOn is not null)
        {
            style.Append(new BasedOn { Val = basedOn }, new NextParagraphStyle { Val = "Normal" });
        }

        style.Append(new UIPriority { Val = id == "Normal" ? 0 : 9 }, new PrimaryStyle(), paragraph, run);
        return style;
    }

    /// <summary>One bullet list definition: the List Bullet style refers to it, so every bullet is a real list item.</summary>
    private static void AddNumbering(MainDocumentPart main, WordDesign design)
    {
        var part = main.AddNewPart<NumberingDefinitionsPart>();
        var level = new Level(
            new StartNumberingValue { Val = 1 },
            new NumberingFormat { Val = NumberFormatValues.Bullet },
            new LevelText { Val = "\u2022" },
            new LevelJustification { Val = LevelJustificationValues.Left },
            new PreviousParagraphProperties(new Indentation { Start = "360", Hanging = "240" }),
            new NumberingSymbolRunProperties(new Color { Val = design.BandColor is null ? design.AccentColor : design.RuleColor }))
        {
            LevelIndex = 0,
        };
        var abstractNumbering = new AbstractNum(new MultiLevelType { Val = MultiLevelValues.SingleLevel }, level) { AbstractNumberId = 0 };
        part.Numbering = new Numbering(abstractNumbering, new NumberingInstance(new AbstractNumId { Val = 0 }) { NumberID = BulletNumberingId });
    }

    /// <summary>Word 2013+ layout (no compatibility mode).</summary>
    private static void AddSettings(MainDocumentPart main)
    {
        var part = main.AddNewPart<DocumentSettingsPart>();
        part.Settings = new Settings(new Compatibility(new CompatibilitySetting
        {
            Name = CompatSettingNameValues.CompatibilityMode,
            Uri = "http://schemas.microsoft.com/office/word",
            Val = "15",
        }));
    }

    private static string Size(int halfPoints) => halfPoints.ToString(CultureInfo.InvariantCulture);

    /// <summary>The body, paragraph by paragraph.</summary>
    private sealed class Writer(MainDocumentPart main, Body body, ResumeOutline outline, WordDesign design)
    {
        public void WriteAll()
        {
            body.Append(Paragraph(TitleStyle, outline.IsRightToLeft, Text(outline.Name)));
            if (outline.Headline.Length > 0)
            {
                body.Append(Paragraph(SubtitleStyle, outline.IsRightToLeft, Text(outline.Headline)));
            }

            var basics = outline.Contacts.Where(c => c.Kind != ResumeOutlineContactKind.Profile).Select(c => (c.Text, c.Target)).ToList();
            var profiles = outline.Contacts.Where(c => c.Kind == ResumeOutlineContactKind.Profile).Select(c => (c.Text, c.Target)).ToList();
            var lines = new[] { basics, profiles }.Where(line => line.Count > 0).ToList();
            foreach (var line in lines)
            {
                // Consecutive contact lines share their borders, so Word draws the header's rule once, under the last.
                body.Append(Paragraph(ContactStyle, outline.IsRightToLeft, Joined(line, linkColor: design.BandColor is null ? null : design.ContactColor)));
            }

            var sections = outline.Sections.Where(s => !design.LaterKinds.Contains(s.Kind))
                .Concat(outline.Sections.Where(s => design.LaterKinds.Contains(s.Kind)));
            foreach (var section in sections)
            {
                WriteSection(section);
            }
        }

        private void WriteSection(ResumeOutlineSection section)
        {
            var first = body.ChildElements.Count;
            WriteSectionParagraphs(section);
            ApplyPageBreakControls(section, [.. body.ChildElements.Skip(first).OfType<Paragraph>()]);
        }

        /// <summary>
        /// Start on a new page: the first paragraph breaks the page before it. Keep together: every paragraph keeps its
        /// lines and keeps with the next, so Word and LibreOffice move the section to a new page rather than split it.
        /// </summary>
        private static void ApplyPageBreakControls(ResumeOutlineSection section, IReadOnlyList<Paragraph> paragraphs)
        {
            for (var i = 0; i < paragraphs.Count; i++)
            {
                var properties = paragraphs[i].ParagraphProperties ?? paragraphs[i].PrependChild(new ParagraphProperties());
                if (section.StartOnNewPage && i == 0)
                {
                    properties.PageBreakBefore = new PageBreakBefore();
                }

                if (section.KeepTogether)
                {
                    properties.KeepLines = new KeepLines();
                    if (i < paragraphs.Count - 1)
                    {
                        properties.KeepNext = new KeepNext();
                    }
                }
            }
        }

        private void WriteSectionParagraphs(ResumeOutlineSection section)
        {
            if (section.Heading.Length > 0)
            {
                body.Append(Paragraph(Heading1Style, outline.IsRightToLeft, Text(section.Heading)));
            }

            foreach (var item in section.Items)
            {
                var rtl = outline.IsRightToLeft || item.IsRightToLeft;
                if (section.IsList)
                {
                    body.Append(Paragraph(ListBulletStyle, rtl, ListEntry(item)));
                    continue;
                }

                if (item.Title is not null)
                {
                    body.Append(Paragraph(Heading2Style, rtl, Text(item.Title)));
                }

                if (item.Subtitle is not null)
                {
                    body.Append(Paragraph(ItemMetaStyle, rtl, Text(item.Subtitle)));
                }

                var meta = new[] { item.Dates, item.Location }.OfType<string>().Select(text => (text, (Uri?)null)).ToList();
                if (meta.Count > 0)
                {
                    body.Append(Paragraph(ItemMetaStyle, rtl, Joined(meta)));
                }

                foreach (var line in item.Details.Concat(item.Paragraphs))
                {
                    body.Append(Paragraph(null, rtl, Text(line)));
                }

                if (item.Links.Count > 0)
                {
                    body.Append(Paragraph(null, rtl, Joined([.. item.Links.Select(l => (l.Text, l.Target))])));
                }

                foreach (var bullet in item.Bullets)
                {
                    body.Append(Paragraph(ListBulletStyle, rtl, Text(bullet)));
                }

                if (item.Tags.Count > 0)
                {
                    body.Append(Paragraph(ItemMetaStyle, rtl, Text(string.Join(", ", item.Tags))));
                }
            }
        }

        /// <summary>"C# — Expert · HTML, CSS" with the name in bold.</summary>
        private OpenXmlElement[] ListEntry(ResumeOutlineItem item)
        {
            var details = new List<(string Text, Uri? Target)>();
            details.AddRange(new[] { item.Subtitle, item.Dates, item.Location }.OfType<string>().Select(t => (t, (Uri?)null)));
            details.AddRange(item.Details.Concat(item.Paragraphs).Select(t => (t, (Uri?)null)));
            details.AddRange(item.Links.Select(l => (l.Text, l.Target)));
            details.AddRange(item.Bullets.Select(t => (t, (Uri?)null)));
            if (item.Tags.Count > 0)
            {
                details.Add((string.Join(", ", item.Tags), null));
            }

            var content = new List<OpenXmlElement>();
            if (item.Title is not null)
            {
                content.Add(TextRun(item.Title, bold: true));
                if (details.Count > 0)
                {
                    content.Add(TextRun(" \u2014 "));
                }
            }

            content.AddRange(Joined(details));
            return [.. content];
        }

        /// <summary>Texts and links separated by " · ", each its own run, so a copy or a text extraction keeps them whole.</summary>
        /// <param name="linkColor">Overrides the Hyperlink style's colour (on modern's band, whose colour it is).</param>
        private OpenXmlElement[] Joined(IReadOnlyList<(string Text, Uri? Target)> parts, string? linkColor = null)
        {
            var content = new List<OpenXmlElement>();
            for (var i = 0; i < parts.Count; i++)
            {
                if (i > 0)
                {
                    content.Add(TextRun(Separator));
                }

                content.Add(parts[i].Target is { } target ? Hyperlink(parts[i].Text, target, linkColor) : TextRun(parts[i].Text));
            }

            return [.. content];
        }

        private OpenXmlElement[] Text(string text) => [TextRun(text)];

        private Hyperlink Hyperlink(string text, Uri target, string? color)
        {
            var relationship = main.AddHyperlinkRelationship(target, isExternal: true);
            var run = TextRun(text);
            run.RunProperties ??= new RunProperties();
            run.RunProperties.RunStyle = new RunStyle { Val = HyperlinkStyle };
            if (color is not null)
            {
                run.RunProperties.Color = new Color { Val = color };
            }

            return new Hyperlink(run) { Id = relationship.Id, History = true };
        }

        /// <summary>Right to left when its text is (Arabic, Hebrew) or it has no letter of its own inside a right-to-left resume.</summary>
        private Run TextRun(string text, bool bold = false)
        {
            var properties = new RunProperties();
            if (bold)
            {
                properties.Bold = new Bold();
                properties.BoldComplexScript = new BoldComplexScript();
            }

            if (ResumeOutline.StartsRightToLeft(text) || (outline.IsRightToLeft && !text.Any(char.IsLetter)))
            {
                properties.RightToLeftText = new RightToLeftText();
            }

            var run = new Run(new Text(text) { Space = SpaceProcessingModeValues.Preserve });
            if (properties.HasChildren)
            {
                run.PrependChild(properties);
            }

            return run;
        }

        private static Paragraph Paragraph(string? style, bool rightToLeft, OpenXmlElement[] content)
        {
            var properties = new ParagraphProperties();
            if (style is not null)
            {
                properties.ParagraphStyleId = new ParagraphStyleId { Val = style };
            }

            if (rightToLeft)
            {
                properties.BiDi = new BiDi();
            }

            var paragraph = new Paragraph();
            if (properties.HasChildren)
            {
                paragraph.Append(properties);
            }

            paragraph.Append(content);
            return paragraph;
        }
    }
}
