using System.Globalization;

namespace ResumeExport.Benchmarks;

/// <summary>
/// Memory of processes from <c>/proc</c>, in MB (10^6 bytes, so figures compare with targets without rounding in our favour). RSS counts every page a process has resident, shared ones included, so
/// summing the RSS of a process tree (Chromium's browser, GPU, network and renderer processes) counts shared libraries
/// and shared memory once per process; PSS splits each shared page between its sharers and so adds up to what the tree
/// really holds. Both are reported for trees.
/// </summary>
internal static class ProcessMemory
{
    private const double BytesPerKiB = 1024;

    /// <summary>The kernel's high-water mark of the process's RSS (<c>VmHWM</c>): its true peak, no sampling needed.</summary>
    public static double? PeakRssMB(int pid) => StatusKiB(pid, "VmHWM:") * BytesPerKiB / 1e6;

    public static (double RssMB, double PssMB) TreeMB(IEnumerable<int> pids)
    {
        long rss = 0, pss = 0;
        foreach (var pid in pids)
        {
            rss += StatusKiB(pid, "VmRSS:") ?? 0;
            pss += SmapsRollupKiB(pid, "Pss:") ?? 0;
        }

        return (rss * BytesPerKiB / 1e6, pss * BytesPerKiB / 1e6);
    }

    private static long? StatusKiB(int pid, string field) => FieldKiB($"/proc/{pid}/status", field);

    private static long? SmapsRollupKiB(int pid, string field) => FieldKiB($"/proc/{pid}/smaps_rollup", field);

    private static long? FieldKiB(string file, string field)
    {
        try
        {
            foreach (var line in File.ReadLines(file))
            {
                if (line.StartsWith(field, StringComparison.Ordinal))
                {
                    return long.Parse(line[field.Length..].Trim().Split(' ')[0], CultureInfo.InvariantCulture);
                }
            }
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException or FormatException)
        {
            // the process ended while we read it
        }

        return null;
    }
}
