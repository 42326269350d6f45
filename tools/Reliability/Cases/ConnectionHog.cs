using System.Globalization;
using Npgsql;

namespace ResumeExport.Reliability.Cases;

/// <summary>
/// A misbehaving client of PostgreSQL: as the stack's own non-superuser role, it opens unpooled connections until the
/// server answers "too many clients" (53300), keeps topping up whatever is freed, and holds them until disposed. The
/// superuser-reserved slots stay free, as they would in production (the server refuses non-superusers past the rest).
/// </summary>
internal sealed class ConnectionHog(SuiteSettings settings) : IAsyncDisposable
{
    private readonly List<NpgsqlConnection> held = [];

    public int Held => held.Count;

    /// <summary>The most connections held at once.</summary>
    public int PeakHeld { get; private set; }

    /// <summary>How many of its own attempts the server refused with 53300: at least one means every slot was taken.</summary>
    public int RefusedTooMany { get; private set; }

    /// <summary>Opens connections until the server refuses one with 53300 (or <paramref name="limit"/> are held).</summary>
    public async Task FillAsync(CancellationToken cancellationToken, int limit = 100)
    {
        var connectionString = new NpgsqlConnectionStringBuilder(settings.AdminConnectionString("reliability-hog")) { Pooling = false }.ConnectionString;
        while (held.Count < limit)
        {
            var connection = new NpgsqlConnection(connectionString);
            try
            {
                await connection.OpenAsync(cancellationToken);
                held.Add(connection);
                PeakHeld = Math.Max(PeakHeld, held.Count);
            }
            catch (PostgresException exception) when (exception.SqlState == PostgresErrorCodes.TooManyConnections)
            {
                RefusedTooMany++;
                await connection.DisposeAsync();
                return;
            }
            catch
            {
                await connection.DisposeAsync();
                throw;
            }
        }
    }

    /// <summary>
    /// Terminates the backends of the given applications (the stack's replicas: same role, so no superuser is needed),
    /// so their pools must open new connections while the hog holds every slot, as after a network blip or a failover.
    /// </summary>
    public async Task<int> TerminateAsync(IEnumerable<string> applications, CancellationToken cancellationToken)
    {
        if (held.Count == 0)
        {
            return 0;
        }

        await using var command = new NpgsqlCommand(
            "SELECT count(*) FILTER (WHERE pg_terminate_backend(pid))::int FROM pg_stat_activity WHERE datname = @db AND application_name = ANY(@apps)", held[0]);
        command.Parameters.AddWithValue("db", settings.Database);
        command.Parameters.AddWithValue("apps", applications.ToArray());
        return (int)(await command.ExecuteScalarAsync(cancellationToken) ?? 0);
    }

    public string Describe() => string.Create(CultureInfo.InvariantCulture, $"held {PeakHeld} at the peak, refused 53300 {RefusedTooMany}× itself");

    public async ValueTask DisposeAsync()
    {
        foreach (var connection in held)
        {
            await connection.DisposeAsync();
        }

        held.Clear();
    }
}
