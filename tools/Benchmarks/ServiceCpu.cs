using System.Globalization;

namespace ResumeExport.Benchmarks;

/// <summary>
/// CPU time of every process of a shared service by command name (<c>postgres</c>, RabbitMQ's <c>beam.smp</c>), from
/// <c>/proc</c>. The services are shared by the whole machine, so a phase's difference includes anyone else's queries:
/// an upper bound of what the stack cost them. Linux only; zero elsewhere.
/// </summary>
internal static class ServiceCpu
{
    private const double TicksPerSecond = 100;

    public static TimeSpan Of(string command)
    {
        long ticks = 0;
        if (!Directory.Exists("/proc"))
        {
            return TimeSpan.Zero;
        }

        foreach (var dir in Directory.EnumerateDirectories("/proc"))
        {
            try
            {
                if (!int.TryParse(Path.GetFileName(dir), NumberStyles.None, CultureInfo.InvariantCulture, out _)
                    || File.ReadAllText(Path.Combine(dir, "comm")).Trim() != command)
                {
                    continue;
                }

                var stat = File.ReadAllText(Path.Combine(dir, "stat"));
                var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
                ticks += long.Parse(fields[11], CultureInfo.InvariantCulture) + long.Parse(fields[12], CultureInfo.InvariantCulture)
                    + long.Parse(fields[13], CultureInfo.InvariantCulture) + long.Parse(fields[14], CultureInfo.InvariantCulture);
            }
            catch (Exception exception) when (exception is IOException or UnauthorizedAccessException or FormatException or IndexOutOfRangeException)
            {
                // the process ended while we read it
            }
        }

        return TimeSpan.FromSeconds(ticks / TicksPerSecond);
    }
}
