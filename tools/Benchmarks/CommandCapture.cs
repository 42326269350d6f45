using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace ResumeExport.Benchmarks;

/// <summary>
/// Records the last command EF sends that reads <c>system_logs</c>, text and parameter values, so the benchmark can
/// EXPLAIN exactly the statement <c>PlanUsageReader</c> runs instead of a hand-copied one.
/// </summary>
internal sealed class CommandCapture : DbCommandInterceptor
{
    public string? CommandText { get; private set; }

    public IReadOnlyList<(string Name, object? Value)> Parameters { get; private set; } = [];

    public override ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(
        DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default)
    {
        Capture(command);
        return base.ReaderExecutingAsync(command, eventData, result, cancellationToken);
    }

    public override InterceptionResult<DbDataReader> ReaderExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result)
    {
        Capture(command);
        return base.ReaderExecuting(command, eventData, result);
    }

    private void Capture(DbCommand command)
    {
        if (!command.CommandText.Contains("system_logs", StringComparison.Ordinal))
        {
            return;
        }

        CommandText = command.CommandText;
        Parameters = command.Parameters.Cast<DbParameter>().Select(p => (p.ParameterName, (object?)p.Value)).ToArray();
    }
}
