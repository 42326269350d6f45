using ResumeExport.Application.Common.Ports.Messaging;
using ResumeExport.Domain.Redeliveries;

namespace ResumeExport.Application.UnitTests.Fakes;

internal sealed class RecordingRedeliveryScheduler : IRedeliveryScheduler
{
    public List<(object Message, string Kind, Guid ItemId, RedeliveryDecision Decision, string ErrorCode)> Scheduled { get; } = [];

    public void Schedule(object message, string kind, Guid itemId, int attempt, RedeliveryDecision decision, string errorCode, string error) =>
        Scheduled.Add((message, kind, itemId, decision, errorCode));
}
