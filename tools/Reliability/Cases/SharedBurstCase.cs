using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;

namespace ResumeExport.Reliability.Cases;

/// <summary>
/// Two more API replicas over the one PostgreSQL, with a real per-user burst on bulk apply (the stack's are raised out of
/// the way of the stream): one user's requests, alternating between the two, are admitted the configured burst ±1 in
/// all, not once per replica (decision 32). The bucket refills once an hour, so the run's seconds add nothing to it.
/// Fails when the sum is off, when either replica admitted none or answered none, or on any 5xx.
/// </summary>
internal sealed class SharedBurstCase : IReliabilityCase
{
    public const int Burst = 10;

    /// <summary>Each of the two replicas' pools (app and counters), added to the connection budget when this case ran.</summary>
    public const int PoolBudget = 2 * (4 + 1);

    public string Name => "shared-burst";

    public async Task<CaseResult> RunAsync(SuiteContext context, CancellationToken cancellationToken)
    {
        var overrides = new Dictionary<string, string>
        {
            ["BurstLimits__BulkApply__TokenLimit"] = Burst.ToString(CultureInfo.InvariantCulture),
            ["BurstLimits__BulkApply__TokensPerPeriod"] = "1",
            ["BurstLimits__BulkApply__ReplenishmentPeriod"] = "01:00:00",
            ["Database__MaxPoolSize"] = "4",
            ["RateLimits__Store__MaxPoolSize"] = "1",
        };
        var pair = context.Stack.ExtraApiPair("burst-api", overrides);
        try
        {
            foreach (var replica in pair)
            {
                replica.Start();
            }

            await Task.WhenAll(pair.Select(r => context.Stack.WaitReadyAsync(r, cancellationToken)));
            var user = context.StreamUsers[0];
            using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(30) };
            var answered = new int[2];
            var admitted = new int[2];
            var refused = new int[2];
            var serverErrors = 0;
            for (var i = 0; i < 3 * Burst; i++)
            {
                var replica = i % 2;
                using var request = new HttpRequestMessage(HttpMethod.Post, new Uri(pair[replica].Url, "/api/applications/bulk"))
                {
                    // Invalid on purpose: the limiter takes the token before validation, and no e-mail is sent.
                    Content = JsonContent.Create(new { }),
                };
                request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", user.Token);
                using var response = await http.SendAsync(request, cancellationToken);
                answered[replica]++;
                if ((int)response.StatusCode >= 500)
                {
                    serverErrors++;
                }
                else if (response.StatusCode == HttpStatusCode.TooManyRequests)
                {
                    refused[replica]++;
                }
                else
                {
                    admitted[replica]++;
                }
            }

            var total = admitted.Sum();
            var failures = new List<string>();
            if (total < Burst - 1 || total > Burst + 1)
            {
                failures.Add($"{total} admitted across both replicas, configured burst {Burst} (±1)");
            }

            for (var r = 0; r < 2; r++)
            {
                if (answered[r] == 0 || admitted[r] == 0)
                {
                    failures.Add($"{pair[r].Name} answered {answered[r]} and admitted {admitted[r]}: the burst was not split across two replicas");
                }
            }

            if (serverErrors > 0)
            {
                failures.Add($"{serverErrors} answers were 5xx");
            }

            var notes = new List<string>
            {
                $"burst {Burst}: admitted {total} of {3 * Burst} ({pair[0].Name} {admitted[0]}, {pair[1].Name} {admitted[1]}), 429 {refused.Sum()}, 5xx {serverErrors}",
            };
            notes.AddRange(failures.Select(f => "FAILED CHECK: " + f));
            return new CaseResult(Name, failures.Count == 0, 3 * Burst, total, 0, 0, null, notes);
        }
        finally
        {
            await Task.WhenAll(pair.Select(r => r.DisposeAsync().AsTask()));
        }
    }
}
