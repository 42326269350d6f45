using FluentValidation;
using ResumeExport.Domain.Exports;

namespace ResumeExport.Contracts;

/// <summary>Shared by producer (before the outbox write) and consumer (before the use case).</summary>
public sealed class RenderExportDocumentValidator : AbstractValidator<RenderExportDocument>
{
    public RenderExportDocumentValidator()
    {
        RuleFor(m => m.ExportId).NotEmpty();
        RuleFor(m => m.UserId).NotEmpty();
        RuleFor(m => m.RequestedAt).NotEmpty();
        RuleFor(m => m.Format)
            .Must(f => ExportFormats.IsKnown(f) && !ExportFormats.NeedsBrowser(f!))
            .WithMessage($"'format' must be one of {string.Join(", ", ExportFormats.All.Where(f => !ExportFormats.NeedsBrowser(f)))}; PDFs go as RenderExportPdf.");
    }
}
