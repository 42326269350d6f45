using Npgsql;

namespace ResumeExport.Adapters.Persistence;

/// <summary>
/// The configured string plus <see cref="DatabaseOptions.MaxPoolSize"/>, <see cref="DatabaseOptions.MaxAutoPrepare"/> and an
/// application name, unless the string sets them itself.
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

        if (!Names(configured, "Max Auto Prepare", "MaxAutoPrepare"))
        {
            builder.MaxAutoPrepare = options.MaxAutoPrepare;
        }

        if (string.IsNullOrEmpty(builder.ApplicationName))
        {
            builder.ApplicationName = applicationName;
        }

        return new PostgresConnectionString(builder.ConnectionString);
    }

    // The builder cannot tell a default from an explicit value, so read the keys as written.
    private static bool Names(string connectionString, params string[] keys) =>
        connectionString.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(pair => pair.Split('=', 2)[0].Trim())
            .Any(key => keys.Any(k => string.Equals(k, key, StringComparison.OrdinalIgnoreCase)));
}
