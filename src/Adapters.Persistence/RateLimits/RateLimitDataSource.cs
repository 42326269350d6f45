using Npgsql;

namespace ResumeExport.Adapters.Persistence.RateLimits;

/// <summary>
/// The counters' own pool: the app's connection string with <see cref="RateLimitStoreOptions.MaxPoolSize"/> and
/// "/limits" after the application name, so <c>pg_stat_activity</c> tells its connections from the app's.
/// </summary>
internal sealed class RateLimitDataSource : IAsyncDisposable, IDisposable
{
    private const int MaxApplicationName = 63;

    public RateLimitDataSource(PostgresConnectionString app, RateLimitStoreOptions options)
    {
        var builder = new NpgsqlConnectionStringBuilder(app.Value) { MaxPoolSize = options.MaxPoolSize, MinPoolSize = 0 };
        var name = (builder.ApplicationName ?? "resume-export") + "/limits";
        builder.ApplicationName = name.Length <= MaxApplicationName ? name : name[^MaxApplicationName..];
        Value = NpgsqlDataSource.Create(builder.ConnectionString);
    }

    public NpgsqlDataSource Value { get; }

    public ValueTask DisposeAsync() => Value.DisposeAsync();

    public void Dispose() => Value.Dispose();
}
