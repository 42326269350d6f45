using System.Globalization;

namespace ResumeExport.Reliability;

/// <summary>
/// The steady stream every fault case runs under: exports at a fixed rate over the case's users (every fourth one also
/// e-mailed), and a bulk apply to three new recruiters every few seconds. Requests go out on a clock, not after the previous
/// answer, so a slow or failing dependency does not slow the stream down; at most 64 are in flight.
/// </summary>
internal static class WorkStream
{
    private static int recipientSerial;

    public static async Task<SentWork> RunAsync(
        SuiteApi api, IReadOnlyList<SuiteUser> users, TimeSpan duration, double exportsPerSecond, TimeSpan bulkApplyEvery, string tag,
        CancellationToken cancellationToken, SentWork? into = null)
    {
        var sent = into ?? new SentWork();
        using var inFlight = new SemaphoreSlim(64);
        var tasks = new List<Task>();
        var interval = TimeSpan.FromSeconds(1 / exportsPerSecond);
        var started = DateTimeOffset.UtcNow;
        var nextBulk = started + TimeSpan.FromSeconds(1);
        for (var i = 0; DateTimeOffset.UtcNow - started < duration; i++)
        {
            var user = users[i % users.Count];
            var emailed = i % 4 == 3;
            tasks.Add(LaunchAsync(inFlight, async () =>
            {
                var result = await api.RequestExportAsync(user, emailed, cancellationToken);
                if (result.Accepted)
                {
                    sent.Exports.Add(new AcceptedExport(result.Id, emailed, DateTimeOffset.UtcNow));
                }
                else
                {
                    sent.Refuse(result.Status);
                }
            }, cancellationToken));

            if (DateTimeOffset.UtcNow >= nextBulk)
            {
                nextBulk += bulkApplyEvery;
                var applicant = users[(i / 3) % users.Count];
                var recipients = Enumerable.Range(0, 3).Select(_ => Recipient(tag)).ToArray();
                tasks.Add(LaunchAsync(inFlight, async () =>
                {
                    var result = await api.BulkApplyAsync(applicant, recipients, cancellationToken);
                    if (result.Accepted)
                    {
                        sent.BulkApplies.Add(result.Id);
                    }
                    else
                    {
                        sent.Refuse(result.Status);
                    }
                }, cancellationToken));
            }

            var due = started + (interval * (i + 1));
            var wait = due - DateTimeOffset.UtcNow;
            if (wait > TimeSpan.Zero)
            {
                await Task.Delay(wait, cancellationToken);
            }
        }

        await Task.WhenAll(tasks);
        return sent;
    }

    /// <summary>A recruiter address no other application of the run uses.</summary>
    public static string Recipient(string tag) =>
        $"{tag}-{Interlocked.Increment(ref recipientSerial).ToString(CultureInfo.InvariantCulture)}@recruiters.reliability.test";

    private static async Task LaunchAsync(SemaphoreSlim inFlight, Func<Task> send, CancellationToken cancellationToken)
    {
        await inFlight.WaitAsync(cancellationToken);
        try
        {
            await send();
        }
        finally
        {
            inFlight.Release();
        }
    }
}
