using MassTransit;
using Mediator;
using Microsoft.Extensions.Options;
using ResumeExport.Adapters.Messaging;
using ResumeExport.Application.Exports.RenderExport;
using ResumeExport.Contracts;

namespace ResumeExport.Workers.Pdf.Exports;

/// <summary>Thin: the endpoint's filter validated the message; the use case does the work.</summary>
public sealed class RenderExportPdfConsumer(ISender sender, IOptions<MessageRetryOptions> retry) : IConsumer<RenderExportPdf>
{
    public async Task Consume(ConsumeContext<RenderExportPdf> context)
    {
        var isLastAttempt = context.IsLastAttempt(retry.Value);
        await sender.Send(new RenderExportCommand(context.Message.ExportId, isLastAttempt), context.CancellationToken);
    }
}
