using System.Globalization;

namespace ResumeExport.Benchmarks;

/// <summary>Machine-wide CPU use between two points (from <c>/proc/stat</c>) and the load average, so a run says how busy the box was.</summary>
internal sealed class SystemLoad
{
    private readonly (long Busy, long Total)? start = ReadCpu();

    public static int Cores => Environment.ProcessorCount;

    public static string LoadAverage()
    {
        try
        {
            var parts = File.ReadAllText("/proc/loadavg").Split(' ');
            return $"{parts[0]} {parts[1]} {parts[2]}";
        }
        catch (IOException)
        {
            return "?";
        }
    }

    /// <summary>Busy share of all cores since construction, e.g. "93% of 2 cores".</summary>
    public string CpuSinceStart()
    {
        var end = ReadCpu();
        if (start is not { } s || end is not { } e || e.Total <= s.Total)
        {
            return "cpu ?";
        }

        var busy = 100.0 * (e.Busy - s.Busy) / (e.Total - s.Total);
        return string.Create(CultureInfo.InvariantCulture, $"cpu {busy:0}% of {Cores} cores, load avg {LoadAverage()}");
    }

    private static (long Busy, long Total)? ReadCpu()
    {
        try
        {
            var line = File.ReadLines("/proc/stat").First(l => l.StartsWith("cpu ", StringComparison.Ordinal));
            var values = line.Split(' ', StringSplitOptions.RemoveEmptyEntries).Skip(1).Select(v => long.Parse(v, CultureInfo.InvariantCulture)).ToArray();
            var total = values.Take(8).Sum();           // user nice system idle iowait irq softirq steal
            var idle = values[3] + values[4];
            return (total - idle, total);
        }
        catch (Exception exception) when (exception is IOException or FormatException or InvalidOperationException)
        {
            return null;
        }
    }
}
