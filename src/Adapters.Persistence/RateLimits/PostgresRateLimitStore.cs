using Npgsql;
using NpgsqlTypes;
using ResumeExport.Application.Common.Ports.Persistence;

namespace ResumeExport.Adapters.Persistence.RateLimits;

/// <summary>
/// One row per key in the UNLOGGED table <c>rate_limit_counters</c>, read and written by a single
/// <c>INSERT … ON CONFLICT … DO UPDATE … RETURNING</c>: the row lock serialises replicas on a key, the database's clock
/// is the only clock (replicas' clocks may differ), and nothing else is shared (decision 32).
/// </summary>
internal sealed class PostgresRateLimitStore(RateLimitDataSource counters) : IRateLimitStore
{
    // Token bucket, refilled continuously: available = min(limit, tokens + elapsed × rate). In SET, c.* is the old row;
    // in RETURNING, the new one. now() is the statement's start, so a statement that waited for the row lock may see a
    // stamp later than its own now(): elapsed is floored at zero and the stamp never moves back.
    private const string TokenBucketSql = """
        INSERT INTO rate_limit_counters AS c (key, tokens, stamp, granted, expires_at)
        VALUES (@key, @limit - @permits, now(), @permits <= @limit, now() + @full)
        ON CONFLICT (key) DO UPDATE SET
            tokens = CASE
                WHEN LEAST(@limit, c.tokens + GREATEST(0, EXTRACT(EPOCH FROM now() - c.stamp)::float8) * @rate) >= @permits
                THEN LEAST(@limit, c.tokens + GREATEST(0, EXTRACT(EPOCH FROM now() - c.stamp)::float8) * @rate) - @permits
                ELSE LEAST(@limit, c.tokens + GREATEST(0, EXTRACT(EPOCH FROM now() - c.stamp)::float8) * @rate) END,
            granted = LEAST(@limit, c.tokens + GREATEST(0, EXTRACT(EPOCH FROM now() - c.stamp)::float8) * @rate) >= @permits,
            stamp = GREATEST(c.stamp, now()),
            expires_at = GREATEST(c.stamp, now()) + @full
        RETURNING c.granted, CASE WHEN c.granted THEN 0 ELSE (@permits - c.tokens) / @rate END
        """;

    // Fixed window: the count starts again at the first request after the window ended.
    private const string FixedWindowSql = """
        INSERT INTO rate_limit_counters AS c (key, tokens, stamp, granted, expires_at)
        VALUES (@key, CASE WHEN @permits <= @limit THEN @permits ELSE 0 END, now(), @permits <= @limit, now() + @window)
        ON CONFLICT (key) DO UPDATE SET
            tokens = CASE
                WHEN c.stamp + @window <= now() THEN CASE WHEN @permits <= @limit THEN @permits ELSE 0 END
                WHEN c.tokens + @permits <= @limit THEN c.tokens + @permits
                ELSE c.tokens END,
            granted = (c.stamp + @window <= now() AND @permits <= @limit) OR (c.stamp + @window > now() AND c.tokens + @permits <= @limit),
            stamp = CASE WHEN c.stamp + @window <= now() THEN now() ELSE c.stamp END,
            expires_at = CASE WHEN c.stamp + @window <= now() THEN now() + @window ELSE c.expires_at END
        RETURNING c.granted, GREATEST(0, EXTRACT(EPOCH FROM c.stamp + @window - now())::float8)
        """;

    private const string SweepSql = """
        DELETE FROM rate_limit_counters
        WHERE key IN (SELECT key FROM rate_limit_counters WHERE expires_at < now() ORDER BY expires_at LIMIT @batch FOR UPDATE SKIP LOCKED)
        """;

    public async Task<RateLimitDecision> TryAcquireAsync(string key, RateLimitRule rule, int permits, CancellationToken cancellationToken)
    {
        await using var command = counters.Value.CreateCommand(rule.Algorithm == RateLimitAlgorithm.TokenBucket ? TokenBucketSql : FixedWindowSql);
        command.Parameters.Add(new NpgsqlParameter<string>("key", NpgsqlDbType.Text) { TypedValue = key });
        command.Parameters.Add(new NpgsqlParameter<double>("limit", NpgsqlDbType.Double) { TypedValue = rule.Limit });
        command.Parameters.Add(new NpgsqlParameter<double>("permits", NpgsqlDbType.Double) { TypedValue = permits });
        if (rule.Algorithm == RateLimitAlgorithm.TokenBucket)
        {
            var rate = rule.TokensPerPeriod / rule.Period.TotalSeconds;
            command.Parameters.Add(new NpgsqlParameter<double>("rate", NpgsqlDbType.Double) { TypedValue = rate });
            command.Parameters.Add(new NpgsqlParameter<TimeSpan>("full", NpgsqlDbType.Interval) { TypedValue = TimeSpan.FromSeconds(Math.Ceiling(rule.Limit / rate)) });
        }
        else
        {
            command.Parameters.Add(new NpgsqlParameter<TimeSpan>("window", NpgsqlDbType.Interval) { TypedValue = rule.Period });
        }

        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        await reader.ReadAsync(cancellationToken);
        var granted = reader.GetBoolean(0);
        var retryAfter = granted ? TimeSpan.Zero : TimeSpan.FromSeconds(Math.Max(0, reader.GetDouble(1)));
        return new RateLimitDecision(granted, retryAfter);
    }

    public async Task<int> SweepExpiredAsync(int batchSize, CancellationToken cancellationToken)
    {
        await using var command = counters.Value.CreateCommand(SweepSql);
        command.Parameters.Add(new NpgsqlParameter<int>("batch", NpgsqlDbType.Integer) { TypedValue = batchSize });
        return await command.ExecuteNonQueryAsync(cancellationToken);
    }
}
