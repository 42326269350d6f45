using Mediator;
using Microsoft.Extensions.DependencyInjection;
using ResumeExport.Application.Emails.GetEmailCounters;
using ResumeExport.Domain.Emails;
using ResumeExport.Domain.Plans;
using ResumeExport.Integration.Tests.Support;

namespace ResumeExport.Integration.Tests.Email;

/// <summary>Free-plan exports are e-mailed to their owner with the PDF attached (reason freeTierExport).</summary>
[NonParallelizable]
public sealed class FreeTierEmailTests : IntegrationFixture
{
    private EmailStack stack = null!;

    [OneTimeSetUp]
    public void StartStack() => stack = EmailStack.Start(ConnectionString, VirtualHost);

    [OneTimeTearDown]
    public async Task StopStackAsync() => await stack.DisposeAsync();

    [Test]
    public async Task A_free_tier_export_arrives_by_mail_with_the_stored_pdf_attached_and_is_counted()
    {
        var (_, userId, resumeId, email) = await stack.NewUserWithResumeAsync("Jane Doe — Data Engineer");
        var (exportId, pdf) = await stack.CompletedExportAsync(userId, resumeId, ExportDelivery.Email);

        var jobId = await stack.QueueFreeTierEmailAsync(userId, exportId, email);

        await Eventually.UntilAsync(() => stack.Smtp.MessagesTo(email).Count > 0, "the export e-mail");
        var mail = stack.Smtp.MessagesTo(email).Single();
        Assert.That(mail.Subject, Is.EqualTo("Your resume Jane Doe — Data Engineer is ready"));
        Assert.That(mail.From.Mailboxes.Single().Address, Is.EqualTo("no-reply@resume-export.test"));
        Assert.That(mail.MessageId, Is.EqualTo($"{jobId:N}@resume-export.test"), "the Message-ID is the job's, on every attempt");
        var attachment = mail.Attachments.OfType<MimeKit.MimePart>().Single();
        Assert.That(attachment.FileName, Is.EqualTo("Jane Doe Data Engineer.pdf"));
        using var content = new MemoryStream();
        await attachment.Content!.DecodeToAsync(content);
        Assert.That(content.ToArray(), Is.EqualTo(pdf), "the attachment is the stored file, byte for byte");

        var job = await Eventually.UntilAsync(
            async () => (await stack.JobsOfAsync(userId)).Single(j => j.Id == jobId), j => j.Status == EmailJobStatus.Sent, "the job to be sent");
        Assert.That(job.Attempts, Is.EqualTo(1));
        await using var scope = stack.Api.Services.CreateAsyncScope();
        var counters = await scope.ServiceProvider.GetRequiredService<ISender>().Send(new GetEmailCountersQuery());
        Assert.That(counters.EmailByReason["freeTierExport"].Sent, Is.GreaterThanOrEqualTo(1));
        Assert.That(counters.EmailByReason["bulkApply"], Is.EqualTo(new EmailOutcomeCounts(0, 0)));
    }

    [Test]
    public async Task A_redelivered_message_for_a_sent_job_sends_nothing_more()
    {
        var (_, userId, resumeId, email) = await stack.NewUserWithResumeAsync();
        var (exportId, _) = await stack.CompletedExportAsync(userId, resumeId, ExportDelivery.Email);
        var jobId = await stack.QueueFreeTierEmailAsync(userId, exportId, email);
        await Eventually.UntilAsync(
            async () => (await stack.JobsOfAsync(userId)).Single(j => j.Id == jobId), j => j.Status == EmailJobStatus.Sent, "the job to be sent");

        // A duplicate of the same message (at-least-once delivery), then a marker mail proving the queue moved past it.
        await using (var scope = stack.Api.Services.CreateAsyncScope())
        {
            scope.ServiceProvider.GetRequiredService<ResumeExport.Application.Common.Ports.Messaging.IMessageOutbox>()
                .Enqueue(new ResumeExport.Contracts.SendExportEmail(jobId, exportId, userId));
            await scope.ServiceProvider.GetRequiredService<ResumeExport.Application.Common.Ports.Persistence.IUnitOfWork>().SaveChangesAsync(CancellationToken.None);
        }

        var marker = await stack.QueueFreeTierEmailAsync(userId, exportId, email);
        await Eventually.UntilAsync(
            async () => (await stack.JobsOfAsync(userId)).Single(j => j.Id == marker), j => j.Status == EmailJobStatus.Sent, "the marker job");

        Assert.That(stack.Smtp.MessagesTo(email), Has.Count.EqualTo(2), "the original and the marker; the duplicate sent nothing");
    }
}
