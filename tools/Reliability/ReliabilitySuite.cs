using System.Globalization;
using ResumeExport.Reliability.Cases;

namespace ResumeExport.Reliability;

/// <summary>
/// The whole run: start the six replicas and the SMTP catcher, make the users, run every fault case and the load, judge
/// the connection budget, print the summary table and the last line. Returns the number of failed parts.
/// </summary>
internal static class ReliabilitySuite
{
    /// <summary>Connections PostgreSQL keeps for superusers (superuser_reserved_connections) out of max_connections.</summary>
    private const int ReservedConnections = 3;

    public static async Task<int> RunAsync(SuiteSettings settings, CancellationToken cancellationToken)
    {
        await using var catcher = new SmtpCatcher(settings.SmtpPort);
        catcher.Start();
        await using var sampler = new ConnectionSampler(settings);
        sampler.Start();
        // disk-full fills a tmpfs volume of its own mounted as the storage directory, never the machine's disk.
        await using var volume = settings.Cases.Count == 0 || settings.Cases.Contains(DiskFullCase.CaseName)
            ? await StorageVolume.MountAsync(settings.StorageDirectory, cancellationToken)
            : null;
        // s3-errors-stall: an s3rver of the suite's own behind the fault proxy, for the whole run (its files stay readable).
        var withS3 = settings.Cases.Count == 0 || settings.Cases.Contains(S3ErrorsStallCase.CaseName);
        await using var s3 = withS3 ? await S3Server.StartAsync(settings, cancellationToken) : null;
        await using var s3Proxy = s3 is null ? null : await S3FaultProxy.StartAsync(s3.Url, cancellationToken);
        await using var stack = Stack.Create(settings, s3Proxy is null ? null : S3ErrorsStallCase.S3Settings(s3Proxy));
        using var management = new RabbitManagement(settings);
        var faults = new FaultControl(settings);
        var auditor = new Auditor(settings, catcher);
        var tap = new RelayTap(management);

        Console.WriteLine($"stack: starting {stack.Replicas.Count} replicas (logs in {settings.LogDirectory})");
        await stack.StartAsync(cancellationToken);
        Console.WriteLine("stack: " + string.Join(", ", stack.Replicas.Select(r => $"{r.Name} :{r.Port} pid {r.Pid}")));
        await tap.CreateAsync(cancellationToken);
        using var api = new SuiteApi(stack.Apis.Select(a => a.Url));

        // REL_CASES="shared-burst,…" runs only the cases named, without the load (and so without its verdict).
        var only = settings.Cases;
        var runAll = only.Count == 0;
        var run = DateTimeOffset.UtcNow.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture);
        var streamUsers = await CreateUsersAsync(api, $"stream-{run}", 8, cancellationToken);
        var planUsers = runAll || only.Contains(ScheduledJobsCase.CaseName) ? await CreateUsersAsync(api, $"plan-{run}", 20, cancellationToken) : [];
        var loadUsers = runAll ? await CreateUsersAsync(api, $"load-{run}", settings.LoadClients, cancellationToken) : [];
        var context = new SuiteContext(settings, stack, api, catcher, auditor, faults, management, tap, streamUsers);
        context.Say($"users: {streamUsers.Count} stream, {planUsers.Count} plan-change, {loadUsers.Count} load (team plan)");

        IReliabilityCase[] all =
        [
            new RabbitNodeKillCase(),
            new PdfWorkerKillCase(),
            new PostgresRestartCase(),
            new ChromiumKillCase(),
            new SmtpOutageCase(),
            new ScheduledJobsCase(planUsers),
            new SharedBurstCase(),
            new S3ErrorsStallCase(() => s3Proxy),
            new DiskFullCase(() => volume),
            new SmtpTarpitCase(),
            new PostgresConnectionsExhaustedCase(),
            new RabbitPartitionCase(),
            new RabbitOutageCase(),
            new ReplicaFreezeCase(),
        ];
        var cases = all.Where(c => runAll || only.Contains(c.Name)).ToArray();
        if (cases.Length == 0)
        {
            throw new InvalidOperationException($"REL_CASES names no case (known: {string.Join(", ", all.Select(c => c.Name))}).");
        }

        var results = new List<CaseResult>();
        foreach (var @case in cases)
        {
            context.Say($"case {@case.Name}: start (load average {LoadAverage()})");
            results.Add(await RunCaseAsync(context, @case, cancellationToken));
            context.Say($"case {@case.Name}: {(results[^1].Passed ? "PASS" : "FAIL")}");
        }

        var extraPools = cases.OfType<SharedBurstCase>().Any() ? SharedBurstCase.PoolBudget : 0;
        if (!runAll)
        {
            var budgetOfCases = Budget(stack, sampler, extraPools);
            PrintCases(results);
            var failedCases = results.Count(r => !r.Passed) + (budgetOfCases.Passed ? 0 : 1);
            Console.WriteLine($"connections {(budgetOfCases.Passed ? "PASS" : "FAIL")}: peak {sampler.PeakTotal}, budget {budgetOfCases.Total}");
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"reliability: faults {results.Count(r => r.Passed)}/{results.Count} survived | lost {results.Sum(r => r.Lost)} | duplicated {results.Sum(r => r.Duplicated)} | load 0 req, 5xx 0, p99 0 ms | failed {failedCases}"));
            return failedCases;
        }

        context.Say($"load: {loadUsers.Count} clients for {settings.LoadDuration.TotalSeconds:0} s (load average {LoadAverage()})");
        var load = await LoadRun.RunAsync(context, loadUsers, cancellationToken);
        var budget = Budget(stack, sampler, extraPools);

        Print(results, load, budget, sampler);
        var failed = results.Count(r => !r.Passed) + (load.Passed ? 0 : 1) + (budget.Passed ? 0 : 1);
        var lost = results.Sum(r => r.Lost) + load.Audit.Lost;
        var duplicated = results.Sum(r => r.Duplicated) + load.Audit.Duplicated;
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"reliability: faults {results.Count(r => r.Passed)}/{results.Count} survived | lost {lost} | duplicated {duplicated} | load {load.Requests} req, 5xx {load.ServerErrors}, p99 {load.P99Ms:0} ms | failed {failed}"));
        return failed;
    }

    private static async Task<CaseResult> RunCaseAsync(SuiteContext context, IReliabilityCase @case, CancellationToken cancellationToken)
    {
        try
        {
            return await @case.RunAsync(context, cancellationToken);
        }
        catch (Exception exception) when (exception is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            context.Say($"case {@case.Name} broke: {exception}");
            return new CaseResult(@case.Name, false, 0, 0, 0, 0, null, [$"the case itself broke: {exception.GetType().Name}: {exception.Message}"]);
        }
    }

    private static async Task<IReadOnlyList<SuiteUser>> CreateUsersAsync(SuiteApi api, string prefix, int count, CancellationToken cancellationToken)
    {
        var users = new SuiteUser[count];
        using var parallel = new SemaphoreSlim(8);
        await Task.WhenAll(Enumerable.Range(0, count).Select(async i =>
        {
            await parallel.WaitAsync(cancellationToken);
            try
            {
                users[i] = await api.CreateTeamUserAsync($"{prefix}-{i}@reliability.test", cancellationToken);
            }
            finally
            {
                parallel.Release();
            }
        }));
        return users;
    }

    private static ConnectionBudget Budget(Stack stack, ConnectionSampler sampler, int extraPools)
    {
        // The suite's own connections: the audit pool (4) and the sampler (1); and the pools of a case's extra replicas.
        var budget = stack.PoolBudget.Values.Sum() + 5 + extraPools;
        var overPool = stack.PoolBudget.Where(p => sampler.PeakByApplication.GetValueOrDefault(p.Key) > p.Value).Select(p => p.Key).ToArray();
        var passed = sampler.Samples > 0 && overPool.Length == 0 && sampler.PeakTotal <= budget && budget <= 100 - ReservedConnections;
        return new ConnectionBudget(budget, passed, overPool);
    }

    private static void PrintCases(IReadOnlyList<CaseResult> results)
    {
        Console.WriteLine();
        Console.WriteLine($"{"case",-20} {"result",-6} {"sent",6} {"completed",10} {"lost",5} {"duplicated",11} {"recover",9}");
        foreach (var r in results)
        {
            var recover = r.Recovery is { } t ? string.Create(CultureInfo.InvariantCulture, $"{t.TotalSeconds:0.0} s") : "-";
            Console.WriteLine($"{r.Name,-20} {(r.Passed ? "PASS" : "FAIL"),-6} {r.Sent,6} {r.Completed,10} {r.Lost,5} {r.Duplicated,11} {recover,9}");
        }

        Console.WriteLine();
        foreach (var r in results)
        {
            foreach (var note in r.Notes)
            {
                Console.WriteLine($"  {r.Name}: {note}");
            }
        }
    }

    private static void Print(IReadOnlyList<CaseResult> results, LoadResult load, ConnectionBudget budget, ConnectionSampler sampler)
    {
        PrintCases(results);

        Console.WriteLine();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"load {(load.Passed ? "PASS" : "FAIL")}: {load.Requests} requests in {load.Duration.TotalSeconds:0.0} s ({load.Requests / load.Duration.TotalSeconds:0} req/s); " +
            $"5xx {load.ServerErrors}, 429 {load.TooManyRequests}, other 4xx {load.OtherClientErrors}, no answer {load.NoAnswer}; " +
            $"p50 {load.P50Ms:0.0} ms, p99 {load.P99Ms:0.0} ms, max {load.MaxMs:0} ms; exports {load.Audit.ExportsSent} accepted, {load.Audit.ExportsCompleted} completed once, lost {load.Audit.Lost}, duplicated {load.Audit.Duplicated}"));
        foreach (var problem in load.Audit.Problems.Take(10))
        {
            Console.WriteLine($"  load: audit: {problem}");
        }

        Console.WriteLine(
            $"connections {(budget.Passed ? "PASS" : "FAIL")}: peak {sampler.PeakTotal} at once over {sampler.Samples} samples of pg_stat_activity; budget {budget.Total} " +
            $"(the six pools + the suite's 5) within max_connections 100 - {ReservedConnections} reserved");
        Console.WriteLine("  peak per application (pool bound): " + string.Join(", ", sampler.PeakByApplication.OrderBy(p => p.Key, StringComparer.Ordinal)
            .Select(p => $"{(p.Key.Length == 0 ? "(none)" : p.Key)} {p.Value}")));
        if (budget.OverPool.Count > 0)
        {
            Console.WriteLine("  over their pool bound: " + string.Join(", ", budget.OverPool));
        }
    }

    private static string LoadAverage() => File.ReadAllText("/proc/loadavg").Split(' ')[..3] is var parts ? string.Join(' ', parts) : string.Empty;
}
