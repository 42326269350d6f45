using Microsoft.Extensions.Logging.Abstractions;
using ResumeExport.Application.Exports.PurgeFailedRecords;
using ResumeExport.Application.UnitTests.Fakes;

namespace ResumeExport.Application.UnitTests.Exports.PurgeFailedRecords;

public sealed class PurgeFailedRecordsCommandHandlerTests
{
    [Test]
    public async Task Rows_that_failed_before_now_minus_the_retention_are_purged_and_counted()
    {
        var purger = new RecordingFailedRecordPurger { Result = (3, 2) };
        var clock = TestClock.At();
        var handler = new PurgeFailedRecordsCommandHandler(purger, clock, NullLogger<PurgeFailedRecordsCommandHandler>.Instance);

        var result = await handler.Handle(new PurgeFailedRecordsCommand(TimeSpan.FromDays(30), 100), CancellationToken.None);

        Assert.That(purger.Cutoff, Is.EqualTo(TestClock.Now.AddDays(-30)));
        Assert.That(result, Is.EqualTo(new PurgeFailedRecordsResult(3, 2)));
    }

    [Test]
    public void A_retention_under_an_hour_or_a_batch_outside_1_to_10000_is_refused()
    {
        var validator = new PurgeFailedRecordsCommandValidator();

        var result = validator.Validate(new PurgeFailedRecordsCommand(TimeSpan.FromMinutes(5), 0));

        Assert.That(result.Errors.Select(e => e.PropertyName), Is.EquivalentTo(new[] { "Retention", "BatchSize" }));
    }
}
