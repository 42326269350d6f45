using System.Globalization;

namespace ResumeExport.Benchmarks;

/// <summary>
/// A snapshot of <c>/proc/*/stat</c>: every process's parent and CPU ticks (utime + stime + cutime + cstime, so children
/// it has already reaped, e.g. closed renderers, still count). Linux only; empty elsewhere.
/// </summary>
internal sealed class ProcessTable
{
    private const double TicksPerSecond = 100;
    private readonly Dictionary<int, (int Parent, long Ticks, long Reaped)> processes;

    private ProcessTable(Dictionary<int, (int Parent, long Ticks, long Reaped)> processes) => this.processes = processes;

    public static ProcessTable Read()
    {
        var processes = new Dictionary<int, (int Parent, long Ticks, long Reaped)>();
        if (!Directory.Exists("/proc"))
        {
            return new ProcessTable(processes);
        }

        foreach (var dir in Directory.EnumerateDirectories("/proc"))
        {
            if (!int.TryParse(Path.GetFileName(dir), NumberStyles.None, CultureInfo.InvariantCulture, out var pid))
            {
                continue;
            }

            try
            {
                var stat = File.ReadAllText(Path.Combine(dir, "stat"));

                // Fields after the command name "(...)": state ppid ... utime(14) stime(15) cutime(16) cstime(17).
                var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
                var reaped = long.Parse(fields[13], CultureInfo.InvariantCulture) + long.Parse(fields[14], CultureInfo.InvariantCulture);
                var ticks = long.Parse(fields[11], CultureInfo.InvariantCulture) + long.Parse(fields[12], CultureInfo.InvariantCulture) + reaped;
                processes[pid] = (int.Parse(fields[1], CultureInfo.InvariantCulture), ticks, reaped);
            }
            catch (Exception exception) when (exception is IOException or UnauthorizedAccessException or FormatException or IndexOutOfRangeException)
            {
                // the process ended while we read it
            }
        }

        return new ProcessTable(processes);
    }

    /// <summary>Every live process below <paramref name="rootPid"/> (not the root itself).</summary>
    public IReadOnlyList<int> DescendantsOf(int rootPid) =>
        processes.Keys.Where(pid => pid != rootPid && DescendsFrom(pid, rootPid)).ToArray();

    /// <summary>
    /// CPU time of everything that ran below <paramref name="rootPid"/>: its live descendants and the children it has
    /// already reaped (e.g. a finished node peer), the root's own time excluded.
    /// </summary>
    public TimeSpan DescendantCpu(int rootPid) => TimeSpan.FromSeconds(
        (DescendantsOf(rootPid).Sum(pid => processes[pid].Ticks) + (processes.TryGetValue(rootPid, out var root) ? root.Reaped : 0)) / TicksPerSecond);

    private bool DescendsFrom(int pid, int rootPid)
    {
        for (var depth = 0; depth < 64 && pid > 1; depth++)
        {
            if (pid == rootPid)
            {
                return true;
            }

            if (!processes.TryGetValue(pid, out var entry))
            {
                return false;
            }

            pid = entry.Parent;
        }

        return pid == rootPid;
    }
}
