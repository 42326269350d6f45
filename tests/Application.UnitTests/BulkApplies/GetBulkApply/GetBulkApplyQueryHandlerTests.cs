using ResumeExport.Application.BulkApplies.Common;
using ResumeExport.Application.BulkApplies.GetBulkApply;
using ResumeExport.Application.Common.Exceptions;
using ResumeExport.Application.UnitTests.Fakes;
using ResumeExport.Domain.BulkApplies;
using ResumeExport.Domain.Emails;

namespace ResumeExport.Application.UnitTests.BulkApplies.GetBulkApply;

/// <remarks>One instance per test: the fakes in the fields hold state.</remarks>
[FixtureLifeCycle(LifeCycle.InstancePerTestCase)]
public sealed class GetBulkApplyQueryHandlerTests
{
    private static readonly DateTimeOffset Now = TestClock.Now;

    private readonly InMemoryBulkApplyRepository bulkApplies = new();
    private readonly InMemoryEmailJobRepository emailJobs = new();
    private readonly FakeCurrentUser currentUser = new() { UserId = Guid.NewGuid() };

    [Test]
    public async Task Shows_each_application_in_request_order_with_its_status_attempts_and_last_error()
    {
        var userId = currentUser.RequiredUserId;
        var bulkApply = BulkApply.Start(userId, Guid.NewGuid(), Guid.NewGuid(), Now);
        var sent = EmailJob.ForBulkApplication(userId, bulkApply.Id, bulkApply.ExportId, "a@acme.example", Now);
        var failing = EmailJob.ForBulkApplication(userId, bulkApply.Id, bulkApply.ExportId, "b@acme.example", Now);
        bulkApply.AddApplication("Acme", "Engineer", "a@acme.example", null, sent.Id, Now).MarkSent();
        bulkApply.AddApplication("Globex", "Lead", "b@acme.example", "Hi", failing.Id, Now);
        sent.StartAttempt();
        sent.MarkSent(Now);
        failing.StartAttempt();
        failing.RecordAttemptError(EmailErrorCodes.SmtpTransient, "421");
        bulkApplies.Seed(bulkApply);
        emailJobs.Seed(sent, failing);

        var response = await Handle(bulkApply.Id);

        Assert.Multiple(() =>
        {
            Assert.That(response.Id, Is.EqualTo(bulkApply.Id));
            Assert.That(response.Applications.Select(a => (a.Company, a.Status, a.Attempts, a.ErrorCode)), Is.EqualTo(new[]
            {
                ("Acme", "sent", (int?)1, (string?)null),
                ("Globex", "queued", 1, EmailErrorCodes.SmtpTransient),
            }));
        });
    }

    [Test]
    public void Another_users_bulk_apply_is_not_found()
    {
        var theirs = BulkApply.Start(Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid(), Now);
        bulkApplies.Seed(theirs);

        var error = Assert.ThrowsAsync<NotFoundException>(() => Handle(theirs.Id));

        Assert.That(error.Resource, Is.EqualTo("Bulk apply"));
    }

    private async Task<BulkApplyResponse> Handle(Guid id) =>
        await new GetBulkApplyQueryHandler(currentUser, bulkApplies, emailJobs).Handle(new GetBulkApplyQuery(id), CancellationToken.None);
}
