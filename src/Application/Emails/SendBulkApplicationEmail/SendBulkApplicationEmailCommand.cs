using Mediator;
using Microsoft.Extensions.Logging;
using ResumeExport.Application.Common.Ports.Email;
using ResumeExport.Application.Common.Ports.Messaging;
using ResumeExport.Application.Common.Ports.Persistence;
using ResumeExport.Application.Common.Ports.Storage;
using ResumeExport.Application.Common.Redelivery;
using ResumeExport.Application.Emails.Common;
using ResumeExport.Application.Exports.Common;
using ResumeExport.Application.Exports.DownloadExport;
using ResumeExport.Contracts;
using ResumeExport.Domain.BulkApplies;
using ResumeExport.Domain.Emails;
using ResumeExport.Domain.Exports;

namespace ResumeExport.Application.Emails.SendBulkApplicationEmail;

/// <summary>
/// Sends one bulk application to its recruiter with the resume attached in the bulk apply's format; while the file is still rendering it fails
/// transiently (<c>export_not_ready</c>) and the queue retries.
/// </summary>
/// <param name="IsLastAttempt">No redelivery follows: a transient failure now fails the job.</param>
public sealed record SendBulkApplicationEmailCommand(Guid EmailJobId, bool IsLastAttempt) : ICommand<EmailJobOutcome>;

public sealed class SendBulkApplicationEmailCommandHandler(
    IEmailJobRepository jobs, IBulkApplyRepository bulkApplies, IExportRepository exports, IResumeRepository resumes, IUserRepository users,
    IExportStorageDrivers storageDrivers, IEmailSender sender, IEmailCounters counters, IUnitOfWork unitOfWork, TimeProvider clock,
    ILogger<SendBulkApplicationEmailCommandHandler> logger, RedeliveryPlanner redeliveries, IRedeliveryScheduler redeliveryScheduler)
    : ICommandHandler<SendBulkApplicationEmailCommand, EmailJobOutcome>
{
    public async ValueTask<EmailJobOutcome> Handle(SendBulkApplicationEmailCommand command, CancellationToken cancellationToken)
    {
        var job = await jobs.FindAsync(command.EmailJobId, cancellationToken);
        if (job is null || job.Reason != EmailReason.BulkApply)
        {
            return EmailJobOutcome.Skipped;
        }

        var bulkApply = job.BulkApplyId is { } id ? await bulkApplies.FindAsync(id, cancellationToken) : null;
        var application = bulkApply?.ApplicationFor(job.Id);
        var runner = new EmailJobRunner(unitOfWork, counters, sender, clock, logger, redeliveries, redeliveryScheduler);
        (Export Export, VerifiedExportFile File)? attached = null;
        return await runner.RunAsync(
            job,
            command.IsLastAttempt,
            async ct =>
            {
                var (message, export, file) = await ComposeAsync(bulkApply, application, ct);
                attached = (export, file);
                return message;
            },
            status =>
            {
                if (status == EmailJobStatus.Sent)
                {
                    // Saved with the outcome: a sent application says which export, version and bytes went out.
                    if (attached is { } sent)
                    {
                        application?.RecordAttachment(sent.Export.Id, sent.Export.ResumeVersion, sent.File.Sha256);
                    }

                    application?.MarkSent();
                }
                else
                {
                    application?.MarkFailed();
                }
            },
            new SendBulkApplication(job.Id, job.BulkApplyId ?? Guid.Empty, job.UserId),
            cancellationToken);
    }

    private async Task<(EmailMessage Message, Export Export, VerifiedExportFile File)> ComposeAsync(BulkApply? bulkApply, BulkApplication? application, CancellationToken cancellationToken)
    {
        var applicant = bulkApply is null ? null : await users.FindByIdAsync(bulkApply.UserId, cancellationToken);
        if (bulkApply is null || application is null || applicant is null)
        {
            throw new ExportPipelineException(EmailErrorCodes.BulkApplyMissing, "The bulk apply or its applicant no longer exists.", transient: false);
        }

        var export = await exports.FindAsync(bulkApply.ExportId, cancellationToken);
        if (export is { Status: ExportStatus.Queued or ExportStatus.Processing })
        {
            throw new ExportPipelineException(EmailErrorCodes.ExportNotReady, $"Export {export.Id} is still {export.Status.ToString().ToLowerInvariant()}.", transient: true);
        }

        if (export is not { Status: ExportStatus.Completed, StorageKey: not null })
        {
            throw new ExportPipelineException(
                EmailErrorCodes.ExportUnavailable,
                $"Export {bulkApply.ExportId} is {export?.Status.ToString().ToLowerInvariant() ?? "gone"}; there is no file to attach.",
                transient: false);
        }

        var title = (await resumes.FindAsync(export.ResumeId, cancellationToken))?.Title ?? applicant.DisplayName;
        var file = await storageDrivers.ReadExportFileAsync(export, cancellationToken);
        var greeting = string.IsNullOrWhiteSpace(application.Message)
            ? $"Dear {application.Company} team,\n\nplease find attached my resume for the {application.Position} position."
            : application.Message.Trim();
        var text = $"{greeting}\n\n-- \n{applicant.DisplayName}\n{applicant.Email}";
        var message = new EmailMessage(
            application.RecipientEmail,
            applicant.Email,
            $"Application: {application.Position} — {applicant.DisplayName}",
            text,
            EmailBodies.Html(text),
            [new EmailAttachment(DownloadFileNames.For(title, export.Format), ExportFormats.ContentTypeOf(export.Format), file.Content)]);
        return (message, export, file);
    }
}
