using ResumeExport.Application.Common.Ports.Persistence;
using ResumeExport.Domain.Emails;

namespace ResumeExport.Application.UnitTests.Fakes;

internal sealed class InMemoryEmailCounters : IEmailCounters
{
    private readonly Dictionary<(EmailReason Reason, EmailJobStatus Outcome), long> values = [];

    /// <summary>Tells whether a transaction is open when a counter is bumped; null reads as "no".</summary>
    public Func<bool>? TransactionProbe { get; set; }

    public List<bool> IncrementedInTransaction { get; } = [];

    public long this[EmailReason reason, EmailJobStatus outcome] => values.GetValueOrDefault((reason, outcome));

    public void Seed(EmailReason reason, EmailJobStatus outcome, long value) => values[(reason, outcome)] = value;

    public Task IncrementAsync(EmailReason reason, EmailJobStatus outcome, CancellationToken cancellationToken)
    {
        IncrementedInTransaction.Add(TransactionProbe?.Invoke() ?? false);
        values[(reason, outcome)] = values.GetValueOrDefault((reason, outcome)) + 1;
        return Task.CompletedTask;
    }

    public Task<IReadOnlyDictionary<(EmailReason Reason, EmailJobStatus Outcome), long>> ReadAsync(CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyDictionary<(EmailReason Reason, EmailJobStatus Outcome), long>>(new Dictionary<(EmailReason, EmailJobStatus), long>(values));
}
