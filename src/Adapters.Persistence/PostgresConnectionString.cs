using Npgsql;

namespace ResumeExport.Adapters.Persistence;

/// <summary>
/// The connection string every <c>AppDbContext</c> of this process uses, resolved once: the configured one plus this
/// process's pool bound (<see cref="DatabaseOptions.MaxPoolSize"/>) and an application name that shows in
/// <c>pg_stat_activity</c>. A <c>Maximum Pool Size</c> or <c>Application Name</c> written in the connection string wins.
/// </summary>
public sealed record PostgresConnectionString(string Value)
{
    public static PostgresConnectionString From(string configured, DatabaseOptions options, string applicationName)
    {
        var builder = new NpgsqlConnectionStringBuilder(configured);
        if (!Names(configured, "Maximum Pool Size", "MaxPoolSize"))
        {
            builder.MaxPoolSize = options.MaxPoolSize;
        }

        if (string.IsNullOrEmpty(builder.ApplicationName))
        {
            builder.ApplicationName = applicationName;
        }

        return new PostgresConnectionString(builder.ConnectionString);
    }

    // NpgsqlConnectionStringBuilder cannot tell a default from an explicit value, so look at the keys as written.
    private static bool Names(string connectionString, params string[] keys) =>
        connectionString.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(pair => pair.Split('=', 2)[0].Trim())
            .Any(key => keys.Any(k => string.Equals(k, key, StringComparison.OrdinalIgnoreCase)));
}
