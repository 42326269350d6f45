namespace ResumeExport.Reliability.Cases;

/// <summary>
/// The SMTP server goes away for 30 s mid-stream (port closed, open sessions dropped) and comes back. Proves: every
/// e-mail (free-plan style export mails and bulk applications) is retried and sent exactly once: the catcher counts each
/// Message-ID (derived from the e-mail job id) once, and every job ends sent. Fails when no connection to the SMTP port
/// was refused during the outage, or no mail of the case needed a second attempt (the outage met no e-mail).
/// </summary>
internal sealed class SmtpOutageCase : IReliabilityCase
{
    private static readonly TimeSpan Outage = TimeSpan.FromSeconds(30);

    public string Name => "smtp-outage";

    public async Task<CaseResult> RunAsync(SuiteContext context, CancellationToken cancellationToken)
    {
        var starts = context.Starts();
        var stream = context.StreamAsync("smtp", context.Settings.StreamDuration + TimeSpan.FromSeconds(5), cancellationToken, bulkApplyEvery: TimeSpan.FromSeconds(3));
        await Task.Delay(TimeSpan.FromSeconds(8), cancellationToken);
        context.Say($"{Name}: SMTP down for {Outage.TotalSeconds:0} s");
        var before = context.Catcher.Total;
        await context.Catcher.StopAsync();
        var (refused, probes) = await SuiteContext.RefusedDuringAsync(context.Settings.SmtpPort, Outage, cancellationToken);
        context.Catcher.Start();
        var backAt = DateTimeOffset.UtcNow;
        context.Say($"{Name}: SMTP back ({before} mails before the outage)");

        var work = await stream;
        var (audit, transport, _) = await context.FinishAsync(work, cancellationToken);
        var firstMail = context.Catcher.FirstSeen.Values.Where(t => t >= backAt).DefaultIfEmpty().Min();
        var retried = await context.Auditor.SentAfterAFailedAttemptAsync(work, cancellationToken);
        var failures = context.RestartedOrDead(starts).Select(r => $"replica restarted or dead: {r}").ToList();
        if (refused == 0)
        {
            failures.Add($"no connection to the SMTP port {context.Settings.SmtpPort} was refused during the outage: the fault did not land");
        }

        if (retried == 0)
        {
            failures.Add("no mail of the case was sent after a failed attempt: the outage met no e-mail");
        }

        return CaseResult.From(Name, audit, firstMail == default ? null : firstMail - backAt, failures,
            [
                $"{audit.MailsSent} mails, {audit.MailsDelivered} received once, {retried} of them sent after a failed attempt; " +
                $"{refused}/{probes} connections to the SMTP port refused during the outage; recovery = from SMTP back to the next mail received",
                transport,
            ]);
    }
}
