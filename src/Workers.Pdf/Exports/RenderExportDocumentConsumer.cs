using MassTransit;
using Mediator;
using Microsoft.Extensions.Options;
using ResumeExport.Adapters.Messaging;
using ResumeExport.Application.Exports.RenderExport;
using ResumeExport.Contracts;

namespace ResumeExport.Workers.Pdf.Exports;

/// <summary>Thin, like the PDF consumer: the same use case, which picks the document writer by the export's format.</summary>
public sealed class RenderExportDocumentConsumer(ISender sender, IOptions<MessageRetryOptions> retry) : IConsumer<RenderExportDocument>
{
    public async Task Consume(ConsumeContext<RenderExportDocument> context)
    {
        var isLastAttempt = context.IsLastAttempt(retry.Value);
        await sender.Send(new RenderExportCommand(context.Message.ExportId, isLastAttempt), context.CancellationToken);
    }
}
