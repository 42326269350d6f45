using Npgsql;

namespace ResumeExport.Adapters.Persistence;

/// <summary>Tells a database outage from a bug, for hosts that answer clients.</summary>
public static class DatabaseFailures
{
    /// <summary>
    /// True when <paramref name="exception"/> or an inner one is transient to Npgsql (server unreachable, restarting, full,
    /// pool timeout): a later try can succeed.
    /// </summary>
    public static bool IsUnavailable(Exception exception)
    {
        for (var current = exception; current is not null; current = current.InnerException)
        {
            if (current is NpgsqlException { IsTransient: true })
            {
                return true;
            }
        }

        return false;
    }
}
