using System.Collections.Concurrent;
using System.Diagnostics;

namespace ResumeExport.Reliability;

/// <summary>
/// N concurrent clients (64 by default), each a team-plan user of its own, for a fixed time against the two API replicas
/// on loopback. Each client loops without think time over a mix: 50 % read its resume, 15 % list its exports, 25 % update
/// its resume (with the version it last saw), 10 % enqueue an export — at most a few per client, so the renders drain in
/// bounded time; past that, a plan-usage read. Afterwards every accepted export must complete exactly once.
/// </summary>
internal static class LoadRun
{
    public static async Task<LoadResult> RunAsync(SuiteContext context, IReadOnlyList<SuiteUser> users, CancellationToken cancellationToken)
    {
        var latencies = new ConcurrentBag<double>();
        var statuses = new ConcurrentDictionary<int, int>();
        var sent = new SentWork();
        var duration = context.Settings.LoadDuration;
        var watch = Stopwatch.StartNew();
        await Task.WhenAll(users.Select((user, index) => ClientAsync(context, user, index, duration, watch, latencies, statuses, sent, cancellationToken)));
        var elapsed = watch.Elapsed;
        context.Say($"load: {latencies.Count} requests in {elapsed.TotalSeconds:0.0} s; {sent.Exports.Count} exports accepted, waiting for them");

        var drained = await context.Auditor.WaitDrainedAsync(sent, cancellationToken);
        var audit = await context.Auditor.AuditAsync(sent, cancellationToken);
        if (!drained)
        {
            audit = audit with { Problems = [.. audit.Problems, "the load's exports did not drain in time"] };
        }

        var sorted = latencies.Order().ToArray();
        return new LoadResult(
            Requests: sorted.Length,
            Duration: elapsed,
            ServerErrors: statuses.Where(s => s.Key >= 500).Sum(s => s.Value),
            TooManyRequests: statuses.GetValueOrDefault(429),
            OtherClientErrors: statuses.Where(s => s.Key is >= 400 and < 500 and not 429).Sum(s => s.Value),
            NoAnswer: statuses.GetValueOrDefault(0),
            P50Ms: LoadResult.Percentile(sorted, 0.50),
            P99Ms: LoadResult.Percentile(sorted, 0.99),
            MaxMs: sorted.Length == 0 ? 0 : sorted[^1],
            Audit: audit);
    }

    private static async Task ClientAsync(
        SuiteContext context, SuiteUser user, int index, TimeSpan duration, Stopwatch watch, ConcurrentBag<double> latencies,
        ConcurrentDictionary<int, int> statuses, SentWork sent, CancellationToken cancellationToken)
    {
        var random = new Random(index);
        var version = 0;
        var exportsLeft = context.Settings.LoadExportsPerClient;
        var updates = 0;
        while (watch.Elapsed < duration)
        {
            var pick = random.NextDouble();
            ApiResult result;
            if (pick < 0.50 || version == 0)
            {
                result = await context.Api.GetAsync($"/api/resumes/{user.ResumeId}", user, cancellationToken);
                version = result.Body?["version"]?.GetValue<int>() ?? version;
            }
            else if (pick < 0.65)
            {
                result = await context.Api.GetAsync("/api/resumes/exports?limit=20", user, cancellationToken);
            }
            else if (pick < 0.90)
            {
                var body = SuiteApi.ResumeBody($"Resume of {user.Email}, revision {++updates}");
                result = await context.Api.PutAsync($"/api/resumes/{user.ResumeId}", user, WithVersion(body, version), cancellationToken);
                version = result.Body?["version"]?.GetValue<int>() ?? version;
            }
            else if (exportsLeft > 0)
            {
                exportsLeft--;
                result = await context.Api.RequestExportAsync(user, emailed: false, cancellationToken);
                if (result.Accepted)
                {
                    sent.Exports.Add(new AcceptedExport(result.Id, false, DateTimeOffset.UtcNow));
                }
            }
            else
            {
                result = await context.Api.GetAsync("/api/users/me/plan-usage", user, cancellationToken);
            }

            latencies.Add(result.Elapsed.TotalMilliseconds);
            statuses.AddOrUpdate(result.Status, 1, (_, n) => n + 1);
        }
    }

    private static Dictionary<string, object?> WithVersion(object body, int version)
    {
        var json = System.Text.Json.JsonSerializer.SerializeToNode(body)!.AsObject();
        var fields = json.ToDictionary(p => p.Key, p => (object?)p.Value?.DeepClone());
        fields["version"] = version;
        return fields;
    }
}
