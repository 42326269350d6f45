using System.Diagnostics;
using Npgsql;

namespace ResumeExport.Benchmarks;

/// <summary>
/// Outbox lag of the enqueue run from the rows themselves: <c>created_at</c> is stamped when the use case writes the row
/// (its transaction commits a few milliseconds later) and <c>sent_at</c> when the relay had the broker's confirm. Waits
/// until every row written since <c>from</c> is sent, then takes the percentiles in SQL. The rows of one relay pass share
/// their <c>sent_at</c>, so the passes and their sizes show how the relay kept up.
/// </summary>
internal static class OutboxLag
{
    public static async Task<OutboxLagResult> MeasureAsync(string connectionString, DateTimeOffset from, TimeSpan timeout, CancellationToken cancellationToken)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync(cancellationToken);
        var deadline = Stopwatch.StartNew();
        while (true)
        {
            await using var command = new NpgsqlCommand("""
                SELECT count(*)::int, count(sent_at)::int,
                       coalesce(percentile_cont(0.5) WITHIN GROUP (ORDER BY extract(epoch FROM sent_at - created_at)), 0)::float8,
                       coalesce(percentile_cont(0.99) WITHIN GROUP (ORDER BY extract(epoch FROM sent_at - created_at)), 0)::float8,
                       coalesce(max(extract(epoch FROM sent_at - created_at)), 0)::float8,
                       count(DISTINCT sent_at)::int,
                       coalesce(extract(epoch FROM max(sent_at) - min(sent_at)), 0)::float8
                FROM outbox_messages WHERE created_at >= $1
                """, connection);
            command.Parameters.AddWithValue(from);
            await using var reader = await command.ExecuteReaderAsync(cancellationToken);
            await reader.ReadAsync(cancellationToken);
            var result = new OutboxLagResult(reader.GetInt32(0), reader.GetInt32(1), reader.GetDouble(2) * 1000, reader.GetDouble(3) * 1000, reader.GetDouble(4) * 1000,
                reader.GetInt32(5), reader.GetDouble(6));
            if (result.Sent == result.Rows || deadline.Elapsed > timeout)
            {
                return result;
            }

            await Task.Delay(TimeSpan.FromMilliseconds(500), cancellationToken);
        }
    }
}
