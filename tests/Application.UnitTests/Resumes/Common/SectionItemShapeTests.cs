using System.Reflection;
using System.Text.Json;
using ResumeExport.Application.Resumes.Common;
using ResumeExport.Domain.Resumes;
using ResumeExport.Templates;

namespace ResumeExport.Application.UnitTests.Resumes.Common;

/// <summary>
/// The domain's <see cref="SectionItem"/> is the one source of an item's fields: the wire item and the templates' item
/// carry exactly its fields, and the mappings between them carry every one, so a field added in one place alone fails here.
/// </summary>
public sealed class SectionItemShapeTests
{
    private static readonly PropertyInfo[] DomainFields = Fields<SectionItem>();

    [Test]
    public void The_wire_item_carries_exactly_the_fields_of_the_domain_item() =>
        Assert.That(Names(Fields<SectionItemDto>()), Is.EquivalentTo(Names(DomainFields)));

    [Test]
    public void The_templates_item_carries_exactly_the_fields_of_the_domain_item() =>
        Assert.That(Names(Fields<ResumeDocumentItem>()), Is.EquivalentTo(Names(DomainFields)));

    [Test]
    public void The_templates_item_types_each_field_as_the_domain_item_does_with_its_own_date_type() =>
        Assert.That(
            Fields<ResumeDocumentItem>().Select(p => $"{p.Name}: {p.PropertyType}"),
            Is.EquivalentTo(DomainFields.Select(p => $"{p.Name}: {(p.PropertyType == typeof(PartialDate?) ? typeof(ResumeDocumentDate?) : p.PropertyType)}")));

    [Test]
    public void Every_field_of_a_domain_item_reaches_the_wire_and_comes_back_unchanged()
    {
        var item = FullItem();
        var resume = Resume.Create(Guid.NewGuid(), "CV", "classic", [new ResumeSection(SectionKind.Custom, "All", [item])], isDefault: true, DateTimeOffset.UnixEpoch);

        var sections = ResumeMapper.ToResponse(resume).Sections;
        var wire = sections.Single().Items.Single();
        var back = ResumeMapper.ToDomain(sections).Single().Items.Single();

        Assert.Multiple(() =>
        {
            foreach (var field in Fields<SectionItemDto>())
            {
                Assert.That(field.GetValue(wire), Is.Not.Null, $"{field.Name} is lost on the way to the wire");
            }

            foreach (var field in DomainFields)
            {
                Assert.That(field.GetValue(back), Is.EqualTo(field.GetValue(item)), $"{field.Name} changes on the way back");
            }
        });
    }

    [Test]
    public void The_fields_present_in_a_full_wire_item_are_every_field_by_its_wire_name()
    {
        var resume = Resume.Create(Guid.NewGuid(), "CV", "classic", [new ResumeSection(SectionKind.Custom, "All", [FullItem()])], isDefault: true, DateTimeOffset.UnixEpoch);
        var wire = ResumeMapper.ToResponse(resume).Sections.Single().Items.Single();

        Assert.That(SectionItemFields.PresentIn(wire), Is.EquivalentTo(DomainFields.Select(p => JsonNamingPolicy.CamelCase.ConvertName(p.Name))));
    }

    /// <summary>A domain item with every field set to a value of its own, filled by reflection so a new field is filled too.</summary>
    private static SectionItem FullItem()
    {
        var item = new SectionItem();
        for (var i = 0; i < DomainFields.Length; i++)
        {
            var field = DomainFields[i];
            object value = field.PropertyType switch
            {
                var t when t == typeof(string) => $"{field.Name} value",
                var t when t == typeof(PartialDate?) => new PartialDate(2000 + i, 1 + (i % 12)),
                var t when t == typeof(IReadOnlyList<string>) => new[] { $"{field.Name} entry" },
                var t => throw new NotSupportedException($"Teach {nameof(FullItem)} a value for {field.Name} ({t})."),
            };
            field.SetValue(item, value);
        }

        return item;
    }

    // The settable properties: what an item carries, not what it computes (HasContent).
    private static PropertyInfo[] Fields<T>() => typeof(T).GetProperties().Where(p => p.CanWrite).ToArray();

    private static IEnumerable<string> Names(IEnumerable<PropertyInfo> fields) => fields.Select(p => p.Name);
}
