using System.Reflection;
using ResumeExport.Application.Resumes.Common;
using ResumeExport.Domain.Resumes;
using ResumeExport.Templates;

namespace ResumeExport.Integration.Tests.Rendering;

/// <summary>
/// The renderer's mapping carries every field of the domain's item to the templates' item (the two shapes agree:
/// Application.UnitTests' SectionItemShapeTests), so a field the mapping forgets fails here, not on a printed page.
/// </summary>
public sealed class ResumeDocumentMapperTests
{
    [Test]
    public void Every_field_of_a_domain_item_reaches_the_templates_item_unchanged()
    {
        var fields = typeof(SectionItem).GetProperties().Where(p => p.CanWrite).ToArray();
        var item = new SectionItem();
        for (var i = 0; i < fields.Length; i++)
        {
            fields[i].SetValue(item, ValueFor(fields[i], i));
        }

        var resume = RenderingSamples.Create("classic", "CV", new ResumeSection(SectionKind.Custom, "All", [item]));
        var printed = ResumeDocumentMapper.ToDocument(RenderingSamples.Request(resume)).Sections.Single().Items.Single();

        Assert.Multiple(() =>
        {
            foreach (var field in fields)
            {
                var printedField = typeof(ResumeDocumentItem).GetProperty(field.Name);
                Assert.That(Comparable(printedField?.GetValue(printed)), Is.EqualTo(Comparable(field.GetValue(item))), $"{field.Name} does not reach the template");
            }
        });
    }

    [Test]
    public void A_date_keeps_its_precision_on_the_way_to_the_template()
    {
        var item = new SectionItem { Company = "Acme", Role = "Dev", StartDate = PartialDate.Parse("2014"), EndDate = PartialDate.Parse("2015-06") };
        var resume = RenderingSamples.Create("classic", "CV", new ResumeSection(SectionKind.Experience, "Experience", [item]));

        var printed = ResumeDocumentMapper.ToDocument(RenderingSamples.Request(resume)).Sections.Single().Items.Single();

        Assert.That((printed.StartDate, printed.EndDate), Is.EqualTo(((ResumeDocumentDate?)new ResumeDocumentDate(2014), (ResumeDocumentDate?)new ResumeDocumentDate(2015, 6))));
    }

    [Test]
    public void The_header_prints_the_whole_location_address_first_and_the_postal_code_before_the_city()
    {
        var basics = new ResumeBasics
        {
            Location = new ResumeLocation("San Francisco", "California", "US") { Address = "2712 Broadway St\nSuite 5", PostalCode = "CA 94115" },
        };
        var resume = Resume.Create(Guid.NewGuid(), "CV", "classic", [], isDefault: true, DateTimeOffset.UtcNow, basics);

        var document = ResumeDocumentMapper.ToDocument(RenderingSamples.Request(resume));

        Assert.That(document.Location, Is.EqualTo("2712 Broadway St, Suite 5, CA 94115 San Francisco, California, US"));
    }

    // The two date types print alike ("2014-06"): compare dates by their text, everything else as it is.
    private static object? Comparable(object? value) => value is PartialDate or ResumeDocumentDate ? value.ToString() : value;

    private static object ValueFor(PropertyInfo field, int index) => field.PropertyType switch
    {
        var t when t == typeof(string) => $"{field.Name} value",
        var t when t == typeof(PartialDate?) => new PartialDate(2000 + index, 1 + (index % 12)),
        var t when t == typeof(IReadOnlyList<string>) => new[] { $"{field.Name} entry" },
        var t => throw new NotSupportedException($"Teach {nameof(ValueFor)} a value for {field.Name} ({t})."),
    };
}
