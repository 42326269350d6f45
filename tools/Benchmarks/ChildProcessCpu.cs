using System.Globalization;

namespace ResumeExport.Benchmarks;

/// <summary>
/// CPU time of all descendants of a process (here: Chromium under the benchmark or the PDF worker), from <c>/proc/*/stat</c>:
/// utime + stime of each live descendant plus cutime + cstime (children it has already reaped, e.g. closed renderers).
/// Assumes the usual 100 clock ticks per second. Linux only; zero elsewhere.
/// </summary>
internal static class ChildProcessCpu
{
    private const double TicksPerSecond = 100;

    public static TimeSpan Of(int rootPid)
    {
        var parents = new Dictionary<int, int>();
        var ticks = new Dictionary<int, long>();
        try
        {
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
                    parents[pid] = int.Parse(fields[1], CultureInfo.InvariantCulture);
                    ticks[pid] = long.Parse(fields[11], CultureInfo.InvariantCulture) + long.Parse(fields[12], CultureInfo.InvariantCulture)
                        + long.Parse(fields[13], CultureInfo.InvariantCulture) + long.Parse(fields[14], CultureInfo.InvariantCulture);
                }
                catch (Exception exception) when (exception is IOException or UnauthorizedAccessException or FormatException or IndexOutOfRangeException)
                {
                    // the process ended while we read it
                }
            }
        }
        catch (DirectoryNotFoundException)
        {
            return TimeSpan.Zero;
        }

        long total = 0;
        foreach (var (pid, ppid) in parents)
        {
            if (pid != rootPid && DescendsFrom(ppid, rootPid, parents))
            {
                total += ticks[pid];
            }
        }

        return TimeSpan.FromSeconds(total / TicksPerSecond);
    }

    private static bool DescendsFrom(int pid, int rootPid, Dictionary<int, int> parents)
    {
        for (var depth = 0; depth < 64 && pid > 1; depth++)
        {
            if (pid == rootPid)
            {
                return true;
            }

            if (!parents.TryGetValue(pid, out pid))
            {
                return false;
            }
        }

        return pid == rootPid;
    }
}
