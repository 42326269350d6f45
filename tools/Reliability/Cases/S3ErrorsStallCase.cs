using System.Globalization;

namespace ResumeExport.Reliability.Cases;

/// <summary>
/// S3 misbehaves mid-stream. The case starts an s3rver of its own and the driver's fault proxy in front of it, restarts
/// both PDF workers and both APIs on the s3 driver through the proxy, and runs the stream (with the resumes edited
/// meanwhile, so exports store new files rather than reuse one) through: 6 s passing, 12 s of 500 InternalError, 10 s of
/// 503 SlowDown with Retry-After, 10 s without, then 40 s of stall (requests accepted and never answered), then passing
/// again; each fault phase lasts on until it met 3 requests (at most 60 s). Proves: the S3 adapter's requests are bounded (Storage:S3:RequestTimeout, 30 s: the client gives up on a
/// stalled request by itself), 5xx and stalls are transient (retried, never failed for good), every export completes
/// exactly once with its object in the bucket, and readiness said ready throughout. Fails when the proxy answered no
/// 500, no 503 of either kind, stalled no request, or no client gave up on a stalled request within its timeout (+5 s).
/// Afterwards the four replicas go back to local storage.
/// </summary>
internal sealed class S3ErrorsStallCase(Func<S3FaultProxy?> backend) : IReliabilityCase
{
    public const string CaseName = "s3-errors-stall";

    /// <summary>The adapter's Storage:S3:RequestTimeout (the stack keeps the default).</summary>
    private static readonly TimeSpan ClientTimeout = TimeSpan.FromSeconds(30);

    private static readonly (S3FaultMode Mode, TimeSpan For)[] Phases =
    [
        (S3FaultMode.Pass, TimeSpan.FromSeconds(6)),
        (S3FaultMode.Error500, TimeSpan.FromSeconds(12)),
        (S3FaultMode.Error503RetryAfter, TimeSpan.FromSeconds(10)),
        (S3FaultMode.Error503, TimeSpan.FromSeconds(10)),
        (S3FaultMode.Stall, TimeSpan.FromSeconds(40)),
    ];

    /// <summary>Requests a fault phase must meet before it ends (within <see cref="PhaseCap"/>).</summary>
    private const int MetEnough = 3;

    private static readonly TimeSpan PhaseCap = TimeSpan.FromSeconds(60);

    public string Name => CaseName;

    public async Task<CaseResult> RunAsync(SuiteContext context, CancellationToken cancellationToken)
    {
        var proxy = backend() ?? throw new InvalidOperationException("the S3 backend is not running (the suite starts it when s3-errors-stall runs)");
        var onS3 = context.Stack.Replicas.Where(r => r.Role is "pdf" or "api").ToArray();
        var overrides = new Dictionary<string, string> { ["Storage__Driver"] = "s3" };
        context.Say($"{Name}: fault proxy on :{proxy.Port}; restarting {string.Join(", ", onS3.Select(r => r.Name))} on the s3 driver");
        await RestartAsync(context, onS3, overrides, cancellationToken);
        try
        {
            return await RunOnS3Async(context, proxy, cancellationToken);
        }
        finally
        {
            context.Say($"{Name}: back to local storage (the s3 settings stay, so the case's files stay readable)");
            proxy.Set(S3FaultMode.Pass);
            await RestartAsync(context, onS3, null, cancellationToken);
        }
    }

    /// <summary>
    /// The s3 settings every replica gets from the start (the driver stays local): the e-mail workers read an export's
    /// file by the driver it names, so they need them for this case's exports, and so does every later reader.
    /// </summary>
    public static Dictionary<string, string> S3Settings(S3FaultProxy proxy) => new()
    {
        ["Storage__S3__ServiceUrl"] = proxy.Url.ToString().TrimEnd('/'),
        ["Storage__S3__Region"] = "us-east-1",
        ["Storage__S3__BucketName"] = S3Server.Bucket,
        ["Storage__S3__AccessKey"] = S3Server.AccessKey,
        ["Storage__S3__SecretKey"] = S3Server.SecretKey,
        ["Storage__S3__CreateBucketIfMissing"] = "true",
    };

    private async Task<CaseResult> RunOnS3Async(SuiteContext context, S3FaultProxy proxy, CancellationToken cancellationToken)
    {
        var starts = context.Starts();
        var offsets = context.Stack.PdfWorkers.ToDictionary(w => w.Name, w => new FileInfo(w.LogFile).Length);
        var faultTime = Phases.Aggregate(TimeSpan.Zero, (sum, p) => sum + p.For);
        var churn = ResumeChurn.RunAsync(context.Api, context.StreamUsers, faultTime + TimeSpan.FromSeconds(30), cancellationToken);
        var stream = context.StreamAsync("s3", faultTime + TimeSpan.FromSeconds(30), cancellationToken);
        var readiness = ReadinessWatch.Start(context.Stack, cancellationToken);
        foreach (var (mode, length) in Phases)
        {
            proxy.Set(mode);
            context.Say($"{Name}: S3 {Describe(mode)} for {length.TotalSeconds:0} s or until it met {MetEnough} requests");
            var phaseStart = DateTimeOffset.UtcNow;
            await Task.Delay(length, cancellationToken);

            // Renders reach storage some seconds after their request (more on a loaded machine): a fault phase lasts until
            // it met a few requests, within a cap, so each mode lands rather than pass by between two saves.
            await SuiteContext.UntilAsync(() => Task.FromResult(Met(proxy, mode) >= MetEnough), PhaseCap - (DateTimeOffset.UtcNow - phaseStart), cancellationToken);
        }

        proxy.Set(S3FaultMode.Pass);
        var backAt = DateTimeOffset.UtcNow;
        await readiness.StopAsync();
        context.Say($"{Name}: S3 answers again ({proxy.Answered500}× 500, {proxy.Answered503RetryAfter}× 503 with Retry-After, {proxy.Answered503}× 503, {proxy.Stalled} stalled)");

        var work = await stream;
        var edits = await churn;
        var (audit, transport, _) = await context.FinishAsync(work, cancellationToken);
        var recovered = await context.Auditor.FirstCompletionAfterAsync(backAt, cancellationToken);
        var retries = context.Stack.PdfWorkers.Sum(w => LogLines.CountSince(w.LogFile, offsets[w.Name], "S3 request failed transiently"));
        var givenUp = proxy.AbandonedAfter.ToArray();
        var bound = ClientTimeout + TimeSpan.FromSeconds(5);

        var failures = context.RestartedOrDead(starts).Select(r => $"replica restarted or dead: {r}").ToList();
        if (proxy.Answered500 == 0 || proxy.Answered503 == 0 || proxy.Answered503RetryAfter == 0)
        {
            failures.Add($"the proxy answered {proxy.Answered500}× 500, {proxy.Answered503RetryAfter}× 503 with Retry-After, {proxy.Answered503}× 503: an error mode met no request (the fault did not land)");
        }

        if (proxy.Stalled == 0)
        {
            failures.Add("the proxy stalled no request: the stall met no S3 call");
        }

        if (!givenUp.Any(t => t <= bound))
        {
            failures.Add($"no client gave up on a stalled S3 request by itself within {bound.TotalSeconds:0} s (its timeout was not seen at work)");
        }

        if (givenUp.Any(t => t > bound))
        {
            failures.Add($"a client waited {givenUp.Max().TotalSeconds:0.0} s on a stalled S3 request, longer than its timeout of {ClientTimeout.TotalSeconds:0} s");
        }

        if (readiness.Failure("while S3 failed") is { } lie)
        {
            failures.Add(lie);
        }

        var waits = givenUp.Length == 0
            ? "-"
            : string.Create(CultureInfo.InvariantCulture, $"{givenUp.Min().TotalSeconds:0.0}-{givenUp.Max().TotalSeconds:0.0} s");
        return CaseResult.From(Name, audit, recovered is { } at ? at - backAt : null, failures,
            [
                $"proxy: {proxy.Passed} passed, {proxy.Answered500}× 500, {proxy.Answered503RetryAfter}× 503 with Retry-After, {proxy.Answered503}× 503, " +
                $"{proxy.Stalled} stalled ({givenUp.Length} given up by the client after {waits}, {proxy.CutAtStallEnd} cut at the stall's end); " +
                $"{retries} S3 retries logged by the PDF workers; {edits} resume edits; {readiness.Summary}; recovery = from S3 answering again to the next completed export",
                transport,
            ]);
    }

    private static async Task RestartAsync(SuiteContext context, IReadOnlyList<ReplicaProcess> replicas, IReadOnlyDictionary<string, string>? overrides, CancellationToken cancellationToken)
    {
        await Task.WhenAll(replicas.Select(r => r.StopAsync()));
        foreach (var replica in replicas)
        {
            replica.Start(overrides);
        }

        await Task.WhenAll(replicas.Select(r => context.Stack.WaitReadyAsync(r, cancellationToken)));
    }

    private static int Met(S3FaultProxy proxy, S3FaultMode mode) => mode switch
    {
        S3FaultMode.Error500 => proxy.Answered500,
        S3FaultMode.Error503 => proxy.Answered503,
        S3FaultMode.Error503RetryAfter => proxy.Answered503RetryAfter,
        S3FaultMode.Stall => proxy.Stalled,
        _ => MetEnough,
    };

    private static string Describe(S3FaultMode mode) => mode switch
    {
        S3FaultMode.Pass => "passes",
        S3FaultMode.Error500 => "answers 500 InternalError",
        S3FaultMode.Error503 => "answers 503 SlowDown",
        S3FaultMode.Error503RetryAfter => "answers 503 SlowDown with Retry-After",
        _ => "stalls (accepts, never answers)",
    };
}
