using System.Diagnostics;
using System.Globalization;
using System.Net.Sockets;

namespace ResumeExport.Reliability;

/// <summary>Linux process helpers over /proc and kill(1): ancestry and liveness by pid, signals, and whether a port refuses.</summary>
internal static class ProcessTree
{
    /// <summary>True when <paramref name="ancestorPid"/> is <paramref name="pid"/>'s parent, grandparent, and so on.</summary>
    public static bool IsDescendantOf(int pid, int ancestorPid)
    {
        var current = pid;
        for (var depth = 0; depth < 64 && ParentOf(current) is { } parent and > 1; depth++)
        {
            if (parent == ancestorPid)
            {
                return true;
            }

            current = parent;
        }

        return false;
    }

    /// <summary>Running, i.e. present in /proc and not a zombie waiting for its parent to reap it.</summary>
    public static bool IsAlive(int pid) => Stat(pid) is { } stat && stat.State != 'Z';

    /// <summary>The process's state letter from /proc (R, S, T = stopped, Z, ...), or null when there is no such process.</summary>
    public static char? StateOf(int pid) => Stat(pid)?.State;

    public static void Signal(int pid, string signal)
    {
        using var kill = Process.Start(new ProcessStartInfo("kill", [$"-{signal}", pid.ToString(CultureInfo.InvariantCulture)]) { UseShellExecute = false })
            ?? throw new InvalidOperationException("kill did not start.");
        kill.WaitForExit();
    }

    /// <summary>True when a TCP connection to 127.0.0.1:<paramref name="port"/> is refused (nothing listens): the fault landed.</summary>
    public static async Task<bool> RefusesAsync(int port, CancellationToken cancellationToken)
    {
        using var client = new TcpClient();
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(TimeSpan.FromSeconds(2));
        try
        {
            await client.ConnectAsync("127.0.0.1", port, timeout.Token);
            return false;
        }
        catch (SocketException exception) when (exception.SocketErrorCode == SocketError.ConnectionRefused)
        {
            return true;
        }
        catch (Exception exception) when (exception is SocketException or OperationCanceledException && !cancellationToken.IsCancellationRequested)
        {
            return false;
        }
    }

    private static int? ParentOf(int pid) => Stat(pid)?.Parent;

    /// <summary>/proc/&lt;pid&gt;/stat: "pid (comm) state ppid ..."; comm may contain spaces, so split after the last ')'.</summary>
    private static (char State, int Parent)? Stat(int pid)
    {
        try
        {
            var stat = File.ReadAllText($"/proc/{pid.ToString(CultureInfo.InvariantCulture)}/stat");
            var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
            return (fields[0][0], int.Parse(fields[1], CultureInfo.InvariantCulture));
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            // no such process (or it went away while we looked)
            return null;
        }
    }
}
