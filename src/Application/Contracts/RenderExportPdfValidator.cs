using FluentValidation;

namespace ResumeExport.Contracts;

/// <summary>Shared by the producer (before the outbox row is written) and the consumer (before the use case runs).</summary>
public sealed class RenderExportPdfValidator : AbstractValidator<RenderExportPdf>
{
    public RenderExportPdfValidator()
    {
        RuleFor(m => m.ExportId).NotEmpty();
        RuleFor(m => m.UserId).NotEmpty();
        RuleFor(m => m.RequestedAt).NotEmpty();
    }
}
