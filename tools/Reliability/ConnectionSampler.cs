using System.Collections.Concurrent;
using Npgsql;

namespace ResumeExport.Reliability;

/// <summary>
/// Samples <c>pg_stat_activity</c> of the suite's database every 250 ms for the whole run, per application name (each
/// replica names itself in its connection string), and keeps the peaks: the connection budget is judged on them.
/// </summary>
internal sealed class ConnectionSampler(SuiteSettings settings) : IAsyncDisposable
{
    private readonly CancellationTokenSource stop = new();
    private readonly ConcurrentDictionary<string, int> peaks = new(StringComparer.Ordinal);
    private Task? loop;

    public IReadOnlyDictionary<string, int> PeakByApplication => peaks;

    /// <summary>The most connections to the database at one sample, all applications together.</summary>
    public int PeakTotal { get; private set; }

    public int Samples { get; private set; }

    public void Start() => loop = Task.Run(() => SampleAsync(stop.Token));

    public async ValueTask DisposeAsync()
    {
        await stop.CancelAsync();
        if (loop is not null)
        {
            await loop;
        }

        stop.Dispose();
    }

    private async Task SampleAsync(CancellationToken cancellationToken)
    {
        var connectionString = new NpgsqlConnectionStringBuilder(settings.AdminConnectionString("reliability-sampler")) { Pooling = false }.ConnectionString;
        while (!cancellationToken.IsCancellationRequested)
        {
            try
            {
                await using var connection = new NpgsqlConnection(connectionString);
                await connection.OpenAsync(cancellationToken);
                while (!cancellationToken.IsCancellationRequested)
                {
                    // The connections-exhausted case's hog is the fault, not a pool of the stack: it is left out of the budget.
                    await using var command = new NpgsqlCommand(
                        "SELECT coalesce(application_name, ''), count(*)::int FROM pg_stat_activity WHERE datname = @db AND backend_type = 'client backend' " +
                        "AND application_name IS DISTINCT FROM 'reliability-hog' GROUP BY 1", connection);
                    command.Parameters.AddWithValue("db", settings.Database);
                    var total = 0;
                    await using (var reader = await command.ExecuteReaderAsync(cancellationToken))
                    {
                        while (await reader.ReadAsync(cancellationToken))
                        {
                            var (name, count) = (reader.GetString(0), reader.GetInt32(1));
                            total += count;
                            peaks.AddOrUpdate(name, count, (_, peak) => Math.Max(peak, count));
                        }
                    }

                    PeakTotal = Math.Max(PeakTotal, total);
                    Samples++;
                    await Task.Delay(250, cancellationToken);
                }
            }
            catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
            {
                return;
            }
            catch (NpgsqlException)
            {
                // PostgreSQL is down (the restart case): try again shortly.
                await Task.Delay(500, CancellationToken.None);
            }
        }
    }
}
