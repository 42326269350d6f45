using Mediator;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using ResumeExport.Application.Common.Ports.Email;
using ResumeExport.Application.Common.Ports.Messaging;
using ResumeExport.Application.Common.Ports.Persistence;
using ResumeExport.Application.Common.Ports.Storage;
using ResumeExport.Application.Common.Redelivery;
using ResumeExport.Application.Emails.Common;
using ResumeExport.Application.Exports.Common;
using ResumeExport.Application.Exports.DownloadExport;
using ResumeExport.Domain.Emails;
using ResumeExport.Domain.Exports;

namespace ResumeExport.Application.Emails.SendExportEmail;

/// <summary>Sends a free-tier export to its owner, attached or as a link (<c>Email:FreeTierDelivery</c>).</summary>
/// <param name="IsLastAttempt">No redelivery follows: a transient failure now fails the job.</param>
public sealed record SendExportEmailCommand(Guid EmailJobId, bool IsLastAttempt) : ICommand<EmailJobOutcome>;

public sealed class SendExportEmailCommandHandler(
    IEmailJobRepository jobs, IExportRepository exports, IResumeRepository resumes, IExportStorageDrivers storageDrivers, IEmailSender sender,
    IEmailCounters counters, IUnitOfWork unitOfWork, IOptions<EmailOptions> options, TimeProvider clock, ILogger<SendExportEmailCommandHandler> logger,
    RedeliveryPlanner redeliveries, IRedeliveryScheduler redeliveryScheduler)
    : ICommandHandler<SendExportEmailCommand, EmailJobOutcome>
{
    public async ValueTask<EmailJobOutcome> Handle(SendExportEmailCommand command, CancellationToken cancellationToken)
    {
        var job = await jobs.FindAsync(command.EmailJobId, cancellationToken);
        if (job is null || job.Reason != EmailReason.FreeTierExport)
        {
            return EmailJobOutcome.Skipped;
        }

        var runner = new EmailJobRunner(unitOfWork, counters, sender, clock, logger, redeliveries, redeliveryScheduler);
        return await runner.RunAsync(job, command.IsLastAttempt, ct => ComposeAsync(job, ct), onFinished: null, new Contracts.SendExportEmail(job.Id, job.ExportId ?? Guid.Empty, job.UserId), cancellationToken);
    }

    private async Task<EmailMessage> ComposeAsync(EmailJob job, CancellationToken cancellationToken)
    {
        var export = job.ExportId is { } exportId ? await exports.FindAsync(exportId, cancellationToken) : null;
        if (export is not { Status: ExportStatus.Completed, StorageKey: not null })
        {
            throw new ExportPipelineException(
                EmailErrorCodes.ExportUnavailable, $"Export {job.ExportId} is {export?.Status.ToString().ToLowerInvariant() ?? "gone"}; there is no file to send.", transient: false);
        }

        var title = (await resumes.FindAsync(export.ResumeId, cancellationToken))?.Title ?? "resume";
        var subject = $"Your resume {title} is ready";
        if (options.Value.FreeTierDelivery == FreeTierDelivery.Link)
        {
            var link = new Uri(options.Value.PublicBaseUrl, $"/api/resumes/exports/{export.Id}/download");
            var linkText = $"Hello,\n\nyour resume \"{title}\" is ready. Download it here:\n{link}\n\nThe link works until {export.ExpiresAt:yyyy-MM-dd}.";
            return new EmailMessage(job.Recipient, null, subject, linkText, EmailBodies.Html(linkText), []);
        }

        var file = (await storageDrivers.ReadExportFileAsync(export, cancellationToken)).Content;
        var text = $"Hello,\n\nyour resume \"{title}\" is ready: the {ExportFormats.DisplayNameOf(export.Format)} is attached.\n\nYou can also download it until {export.ExpiresAt:yyyy-MM-dd}.";
        return new EmailMessage(job.Recipient, null, subject, text, EmailBodies.Html(text),
            [new EmailAttachment(DownloadFileNames.For(title, export.Format), ExportFormats.ContentTypeOf(export.Format), file)]);
    }
}
