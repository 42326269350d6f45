using System.Reflection;
using ResumeExport.Adapters.Rendering;
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
                Assert.That(printedField?.GetValue(printed), Is.EqualTo(field.GetValue(item)), $"{field.Name} does not reach the template");
            }
        });
    }

    private static object ValueFor(PropertyInfo field, int index) => field.PropertyType switch
    {
        var t when t == typeof(string) => $"{field.Name} value",
        var t when t == typeof(DateOnly?) => new DateOnly(2000 + index, 1 + (index % 12), 1 + index),
        var t when t == typeof(IReadOnlyList<string>) => new[] { $"{field.Name} entry" },
        var t => throw new NotSupportedException($"Teach {nameof(ValueFor)} a value for {field.Name} ({t})."),
    };
}
