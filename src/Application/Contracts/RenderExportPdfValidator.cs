using FluentValidation;

namespace ResumeExport.Contracts;

/// <summary>Shared by producer (before the outbox write) and consumer (before the use case).</summary>
public sealed class RenderExportPdfValidator : AbstractValidator<RenderExportPdf>
{
    public RenderExportPdfValidator()
    {
        RuleFor(m => m.ExportId).NotEmpty();
        RuleFor(m => m.UserId).NotEmpty();
        RuleFor(m => m.RequestedAt).NotEmpty();
    }
}
