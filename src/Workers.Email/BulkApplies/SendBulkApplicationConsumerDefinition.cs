using MassTransit;
using ResumeExport.Adapters.Messaging;

namespace ResumeExport.Workers.Email.BulkApplies;

/// <summary>One queue, "send-bulk-application".</summary>
public sealed class SendBulkApplicationConsumerDefinition : ConsumerDefinition<SendBulkApplicationConsumer>
{
    public SendBulkApplicationConsumerDefinition() => EndpointName = MessageQueues.SendBulkApplication;
}
