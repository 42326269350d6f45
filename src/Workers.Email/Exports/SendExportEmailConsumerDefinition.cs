using MassTransit;
using ResumeExport.Adapters.Messaging;

namespace ResumeExport.Workers.Email.Exports;

/// <summary>One queue, "send-export-email".</summary>
public sealed class SendExportEmailConsumerDefinition : ConsumerDefinition<SendExportEmailConsumer>
{
    public SendExportEmailConsumerDefinition() => EndpointName = MessageQueues.SendExportEmail;
}
