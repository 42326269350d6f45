using MassTransit;
using Mediator;
using Microsoft.Extensions.Options;
using ResumeExport.Adapters.Messaging;
using ResumeExport.Application.Emails.SendBulkApplicationEmail;
using ResumeExport.Contracts;

namespace ResumeExport.Workers.Email.BulkApplies;

/// <summary>Thin: the endpoint's filter validated the message; the use case does the work.</summary>
public sealed class SendBulkApplicationConsumer(ISender sender, IOptions<MessageRetryOptions> retry) : IConsumer<SendBulkApplication>
{
    public async Task Consume(ConsumeContext<SendBulkApplication> context)
    {
        var isLastAttempt = context.IsLastAttempt(retry.Value);
        await sender.Send(new SendBulkApplicationEmailCommand(context.Message.EmailJobId, isLastAttempt), context.CancellationToken);
    }
}
