using Npgsql;

namespace ResumeExport.Adapters.Persistence;

/// <summary>Tells a database outage (PostgreSQL down, restarting, out of connections) from a bug, for hosts that answer clients.</summary>
public static class DatabaseFailures
{
    /// <summary>
    /// True when <paramref name="exception"/>, or one it wraps (EF Core wraps the driver's), is a failure that Npgsql calls
    /// transient: the server cannot be reached, is shutting down or starting up, refuses more connections, or the pool
    /// timed out. Trying again later can succeed; nothing about the request was wrong.
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
