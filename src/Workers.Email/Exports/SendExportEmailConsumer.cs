using MassTransit;
using Mediator;
using Microsoft.Extensions.Options;
using ResumeExport.Adapters.Messaging;
using ResumeExport.Application.Emails.SendExportEmail;
using ResumeExport.Contracts;

namespace ResumeExport.Workers.Email.Exports;

/// <summary>Thin: the endpoint's filter validated the message; the use case does the work.</summary>
public sealed class SendExportEmailConsumer(ISender sender, IOptions<MessageRetryOptions> retry) : IConsumer<SendExportEmail>
{
    public async Task Consume(ConsumeContext<SendExportEmail> context)
    {
        var isLastAttempt = context.IsLastAttempt(retry.Value);
        await sender.Send(new SendExportEmailCommand(context.Message.EmailJobId, isLastAttempt), context.CancellationToken);
    }
}
