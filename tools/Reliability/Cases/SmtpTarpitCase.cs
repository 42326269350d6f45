using System.Globalization;

namespace ResumeExport.Reliability.Cases;

/// <summary>
/// The SMTP server turns into a tarpit for 45 s mid-stream: the port accepts connections and never sends the greeting.
/// Proves: the e-mail worker's client gives up within its bounded timeout (<c>Smtp:Timeout</c>, 30 s by default) instead
/// of hanging, counts it as a transient failure and retries; once the real server is back every mail is sent exactly once,
/// and readiness said ready throughout (SMTP is not part of it: the mails wait in the queue). Fails when the tarpit
/// accepted no session, no client gave up on a tarpitted session by itself within the timeout (plus 5 s), or no mail
/// of the case was sent after a failed attempt.
/// </summary>
internal sealed class SmtpTarpitCase : IReliabilityCase
{
    public const string CaseName = "smtp-tarpit";

    /// <summary>Longer than the client's timeout, so sessions opened early in it must end by the client's own timeout.</summary>
    private static readonly TimeSpan Tarpit = TimeSpan.FromSeconds(45);

    /// <summary>The e-mail workers' Smtp:Timeout (the stack keeps the default).</summary>
    private static readonly TimeSpan ClientTimeout = TimeSpan.FromSeconds(30);

    public string Name => CaseName;

    public async Task<CaseResult> RunAsync(SuiteContext context, CancellationToken cancellationToken)
    {
        var starts = context.Starts();
        var stream = context.StreamAsync("tarpit", context.Settings.StreamDuration + TimeSpan.FromSeconds(15), cancellationToken, bulkApplyEvery: TimeSpan.FromSeconds(3));
        await Task.Delay(TimeSpan.FromSeconds(8), cancellationToken);
        context.Say($"{Name}: the SMTP port turns into a tarpit for {Tarpit.TotalSeconds:0} s (accepts, never greets)");
        await context.Catcher.StopAsync();
        var readiness = ReadinessWatch.Start(context.Stack, cancellationToken);
        SmtpTarpit tarpit;
        await using (tarpit = new SmtpTarpit(context.Settings.SmtpPort))
        {
            tarpit.Start();
            await Task.Delay(Tarpit, cancellationToken);
            await tarpit.StopAsync();
        }

        context.Catcher.Start();
        var backAt = DateTimeOffset.UtcNow;
        await readiness.StopAsync();
        context.Say($"{Name}: the real SMTP server is back ({tarpit.Accepted} sessions tarpitted, {tarpit.GivenUpAfter.Count} given up by the client, {tarpit.Cut} cut)");

        var work = await stream;
        var (audit, transport, _) = await context.FinishAsync(work, cancellationToken);
        var firstMail = context.Catcher.FirstSeen.Values.Where(t => t >= backAt).DefaultIfEmpty().Min();
        var retried = await context.Auditor.SentAfterAFailedAttemptAsync(work, cancellationToken);
        var failures = context.RestartedOrDead(starts).Select(r => $"replica restarted or dead: {r}").ToList();
        var givenUp = tarpit.GivenUpAfter.ToArray();
        var bound = ClientTimeout + TimeSpan.FromSeconds(5);
        if (tarpit.Accepted == 0)
        {
            failures.Add("the tarpit accepted no SMTP session: the fault did not land");
        }

        if (!givenUp.Any(t => t <= bound))
        {
            failures.Add($"no client gave up on a tarpitted session by itself within {bound.TotalSeconds:0} s (its timeout was not seen at work)");
        }

        if (givenUp.Any(t => t > bound))
        {
            failures.Add($"a client waited {givenUp.Max().TotalSeconds:0.0} s for a greeting, longer than its timeout of {ClientTimeout.TotalSeconds:0} s");
        }

        if (retried == 0)
        {
            failures.Add("no mail of the case was sent after a failed attempt: the tarpit met no e-mail");
        }

        if (readiness.Failure("while SMTP was a tarpit") is { } lie)
        {
            failures.Add(lie);
        }

        var waits = givenUp.Length == 0
            ? "-"
            : string.Create(CultureInfo.InvariantCulture, $"{givenUp.Min().TotalSeconds:0.0}-{givenUp.Max().TotalSeconds:0.0} s");
        return CaseResult.From(Name, audit, firstMail == default ? null : firstMail - backAt, failures,
            [
                $"{tarpit.Accepted} SMTP sessions tarpitted for {Tarpit.TotalSeconds:0} s: {givenUp.Length} given up by the e-mail worker's timeout (waited {waits}), " +
                $"{tarpit.Cut} cut when the tarpit ended; {audit.MailsSent} mails, {audit.MailsDelivered} received once, {retried} of them sent after a failed attempt; " +
                $"{readiness.Summary}; recovery = from the real server back to the next mail received",
                transport,
            ]);
    }
}
