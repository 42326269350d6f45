using System.Net.Sockets;
using MailKit;
using MailKit.Net.Smtp;
using MailKit.Security;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using MimeKit;
using ResumeExport.Application.Common.Ports.Email;
using ResumeExport.Domain.Emails;

namespace ResumeExport.Adapters.Email;

/// <summary>
/// SMTP over one reused MailKit connection (sends serialised), each bounded by <see cref="SmtpOptions.Timeout"/>.
/// Throws <see cref="EmailSendingException"/>: 550/551/553 <c>mailbox_unavailable</c>, other 5xx <c>smtp_permanent</c>,
/// the rest <c>smtp_transient</c>. No retry: the queue is the one retry layer; renewing a dropped idle connection is not one.
/// </summary>
public sealed partial class MailKitEmailSender(IOptions<SmtpOptions> options, ILogger<MailKitEmailSender> logger) : IEmailSender, IDisposable
{
    private readonly SemaphoreSlim gate = new(1, 1);
    private SmtpClient? client;

    public async Task SendAsync(EmailMessage message, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(message);
        var settings = options.Value;
        var mime = ToMime(message, settings);
        await gate.WaitAsync(cancellationToken);
        try
        {
            using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            timeout.CancelAfter(settings.Timeout);
            try
            {
                var reused = client is { IsConnected: true };
                try
                {
                    await SendOnceAsync(mime, settings, timeout.Token);
                }
                catch (Exception ex) when (reused && IsClosedByServer(ex) && !timeout.IsCancellationRequested)
                {
                    // The server dropped our idle connection (421 or a dead socket) and accepted nothing: reconnect and
                    // send; not a failed attempt, so not counted.
                    LogReconnecting(logger, ex is SmtpCommandException command ? $"{(int)command.StatusCode} {command.Message}" : ex.GetType().Name);
                    Reset();
                    await SendOnceAsync(mime, settings, timeout.Token);
                }
            }
            catch (OperationCanceledException ex) when (!cancellationToken.IsCancellationRequested)
            {
                Reset();
                throw Transient($"The SMTP server did not answer within {settings.Timeout}.", ex);
            }
            catch (SmtpCommandException ex)
            {
                throw Map(ex);
            }
            catch (AuthenticationException ex)
            {
                // A configuration problem, not the message's: retry, an operator may fix it meanwhile.
                Reset();
                throw Transient($"The SMTP server refused our credentials: {ex.Message}", ex);
            }
            catch (Exception ex) when (IsConnectionFailure(ex))
            {
                Reset();
                throw Transient($"Could not talk to the SMTP server {settings.Host}:{settings.Port}: {ex.Message}", ex);
            }
        }
        finally
        {
            gate.Release();
        }
    }

    public void Dispose()
    {
        Reset();
        gate.Dispose();
    }

    internal static EmailSendingException Map(SmtpCommandException ex)
    {
        var status = (int)ex.StatusCode;
        return status switch
        {
            >= 400 and < 500 => Transient($"The SMTP server deferred the message ({status}): {ex.Message}", ex),
            550 or 551 or 553 when ex.ErrorCode == SmtpErrorCode.RecipientNotAccepted =>
                new EmailSendingException(EmailErrorCodes.MailboxUnavailable, $"The recipient {ex.Mailbox?.Address} was refused ({status}): {ex.Message}", transient: false, ex),
            _ => new EmailSendingException(EmailErrorCodes.SmtpPermanent, $"The SMTP server refused the message ({status}): {ex.Message}", transient: false, ex),
        };
    }

    private static EmailSendingException Transient(string message, Exception inner) =>
        new(EmailErrorCodes.SmtpTransient, message, transient: true, inner);

    /// <summary>421 "closing" (RFC 5321 §3.8) or a dead socket on a pooled connection.</summary>
    private static bool IsClosedByServer(Exception ex) =>
        IsConnectionFailure(ex) || ex is SmtpCommandException { StatusCode: SmtpStatusCode.ServiceNotAvailable };

    private static bool IsConnectionFailure(Exception ex) =>
        ex is IOException or SocketException or SmtpProtocolException or ServiceNotConnectedException or SslHandshakeException or TimeoutException
            or ServiceNotAuthenticatedException;

    private static MimeMessage ToMime(EmailMessage message, SmtpOptions settings)
    {
        var mime = new MimeMessage();
        mime.From.Add(new MailboxAddress(settings.SenderName, settings.Sender ?? string.Empty));
        mime.To.Add(MailboxAddress.Parse(message.To));
        if (message.ReplyTo is not null)
        {
            mime.ReplyTo.Add(MailboxAddress.Parse(message.ReplyTo));
        }

        if (message.JobId is { } jobId)
        {
            // Stable per job, so a resend after a crash carries the same Message-ID.
            mime.MessageId = $"{jobId:N}@{MessageIdDomain(settings.Sender)}";
        }

        mime.Subject = message.Subject;
        var body = new BodyBuilder { TextBody = message.TextBody, HtmlBody = message.HtmlBody };
        foreach (var attachment in message.Attachments)
        {
            body.Attachments.Add(attachment.FileName, attachment.Content.ToArray(), ContentType.Parse(attachment.ContentType));
        }

        mime.Body = body.ToMessageBody();
        return mime;
    }

    private static string MessageIdDomain(string? sender) =>
        sender?.LastIndexOf('@') is int at and >= 0 && at < sender.Length - 1 ? sender[(at + 1)..] : "resume-export.local";

    private async Task SendOnceAsync(MimeMessage mime, SmtpOptions settings, CancellationToken cancellationToken)
    {
        if (client is not { IsConnected: true })
        {
            Reset();
            var fresh = new SmtpClient { Timeout = (int)settings.Timeout.TotalMilliseconds };
            client = fresh;
            await fresh.ConnectAsync(settings.Host ?? string.Empty, settings.Port, SocketOptions(settings.Security), cancellationToken);
            if (!string.IsNullOrEmpty(settings.Username))
            {
                await fresh.AuthenticateAsync(settings.Username, settings.Password ?? string.Empty, cancellationToken);
            }

            LogConnected(logger, settings.Host, settings.Port, settings.Security);
        }

        await client.SendAsync(mime, cancellationToken);
    }

    private static SecureSocketOptions SocketOptions(SmtpSecurity security) => security switch
    {
        SmtpSecurity.None => SecureSocketOptions.None,
        SmtpSecurity.Ssl => SecureSocketOptions.SslOnConnect,
        _ => SecureSocketOptions.StartTls,
    };

    private void Reset()
    {
        var old = client;
        client = null;
        if (old is null)
        {
            return;
        }

        try
        {
            if (old.IsConnected)
            {
                old.Disconnect(quit: false);
            }
        }
        catch (Exception ex) when (ex is IOException or SocketException or SmtpProtocolException or ObjectDisposedException)
        {
            // the connection is being dropped anyway
        }
        finally
        {
            old.Dispose();
        }
    }

    [LoggerMessage(EventId = 5101, Level = LogLevel.Information, Message = "Connected to SMTP server {Host}:{Port} ({Security})")]
    private static partial void LogConnected(ILogger logger, string? host, int port, SmtpSecurity security);

    [LoggerMessage(EventId = 5102, Level = LogLevel.Information, Message = "The reused SMTP connection was closed by the server ({Reason}); reconnecting and sending again")]
    private static partial void LogReconnecting(ILogger logger, string reason);
}
