using ResumeExport.Application.Emails.GetEmailCounters;
using ResumeExport.Application.UnitTests.Fakes;
using ResumeExport.Domain.Emails;

namespace ResumeExport.Application.UnitTests.Emails.GetEmailCounters;

public sealed class GetEmailCountersQueryHandlerTests
{
    [Test]
    public async Task Shows_both_reasons_with_zero_for_counters_never_bumped()
    {
        var counters = new InMemoryEmailCounters();
        counters.Seed(EmailReason.FreeTierExport, EmailJobStatus.Sent, 7);
        counters.Seed(EmailReason.FreeTierExport, EmailJobStatus.Failed, 2);

        var response = await new GetEmailCountersQueryHandler(counters).Handle(new GetEmailCountersQuery(), CancellationToken.None);

        Assert.That(response.EmailByReason, Is.EquivalentTo(new Dictionary<string, EmailOutcomeCounts>
        {
            ["freeTierExport"] = new(7, 2),
            ["bulkApply"] = new(0, 0),
        }));
    }
}
