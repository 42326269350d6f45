using ResumeExport.Application.Common.Ports;
using ResumeExport.Domain.Resumes;
using ResumeExport.Templates;

namespace ResumeExport.Infrastructure.Rendering;

/// <summary>Our domain resume onto the templates package's own model (the package knows nothing of our domain).</summary>
internal static class ResumeDocumentMapper
{
    public static ResumeDocument ToDocument(PdfRenderRequest request) => new(
        request.Resume.Title,
        request.AuthorName,
        request.AuthorEmail,
        [.. request.Resume.Sections.Select(ToSection)]);

    private static ResumeDocumentSection ToSection(ResumeSection section) =>
        new(SectionKinds.NameOf(section.Kind), section.Title, [.. section.Items.Select(ToItem)]);

    private static ResumeDocumentItem ToItem(SectionItem item) => new()
    {
        Text = item.Text,
        Company = item.Company,
        Role = item.Role,
        Location = item.Location,
        StartDate = item.StartDate,
        EndDate = item.EndDate,
        Institution = item.Institution,
        Degree = item.Degree,
        Field = item.Field,
        Name = item.Name,
        Level = item.Level,
        Description = item.Description,
        Url = item.Url,
        Issuer = item.Issuer,
        Date = item.Date,
        Proficiency = item.Proficiency,
        Label = item.Label,
        Bullets = item.Bullets,
    };
}
