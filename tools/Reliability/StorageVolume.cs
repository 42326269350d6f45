using System.Diagnostics;
using System.Globalization;

namespace ResumeExport.Reliability;

/// <summary>
/// The stack's local storage directory as a tmpfs volume of its own (mounted before the replicas start when the
/// <c>disk-full</c> case runs), so the case can fill it without touching the machine's disk: it shrinks the volume to
/// what is used (remount), writes a ballast file until the kernel answers ENOSPC, and later removes the ballast and
/// grows the volume back. Unmounted at the end (run.sh unmounts it too when the driver could not).
/// </summary>
internal sealed class StorageVolume : IAsyncDisposable
{
    /// <summary>Ample for a whole run (a few thousand PDFs); tmpfs takes memory only for what is written.</summary>
    private const string RoomySize = "2g";
    private const int Enospc = 28;
    private readonly string directory;
    private bool mounted;

    private StorageVolume(string directory) => this.directory = directory;

    public string Directory => directory;

    /// <summary>The ballast that fills the volume; its name starts with '.', which no storage key does.</summary>
    public string BallastPath => Path.Combine(directory, ".reliability-ballast");

    public static async Task<StorageVolume> MountAsync(string directory, CancellationToken cancellationToken)
    {
        System.IO.Directory.CreateDirectory(directory);
        if (System.IO.Directory.EnumerateFileSystemEntries(directory).Any())
        {
            throw new InvalidOperationException($"{directory} is not empty: the storage volume is mounted before any replica writes.");
        }

        await RunAsync(cancellationToken, "mount", "-t", "tmpfs", "-o", $"size={RoomySize},mode=0755", "reliability-storage", directory);
        return new StorageVolume(directory) { mounted = true };
    }

    /// <summary>Bytes free on the volume.</summary>
    public long FreeBytes => new DriveInfo(directory).AvailableFreeSpace;

    /// <summary>
    /// Fills the volume: shrinks it to what is used plus a little, then writes the ballast until ENOSPC. Returns true when a
    /// further write of one byte then fails with ENOSPC (the volume is full).
    /// </summary>
    public async Task<bool> FillAsync(CancellationToken cancellationToken)
    {
        var drive = new DriveInfo(directory);
        var used = drive.TotalSize - drive.AvailableFreeSpace;
        var size = used + (1024 * 1024);
        await RunAsync(cancellationToken, "mount", "-o", $"remount,size={size.ToString(CultureInfo.InvariantCulture)}", directory);
        try
        {
            await using var ballast = new FileStream(BallastPath, FileMode.Create, FileAccess.Write, FileShare.None, 65536);
            var chunk = new byte[65536];
            while (true)
            {
                await ballast.WriteAsync(chunk, cancellationToken);
                await ballast.FlushAsync(cancellationToken);
            }
        }
        catch (IOException exception) when (IsNoSpace(exception))
        {
            // full
        }

        return WriteFailsWithNoSpace();
    }

    /// <summary>A probe write of one byte (next to, not in, the storage keys): true when it fails with ENOSPC.</summary>
    public bool WriteFailsWithNoSpace()
    {
        var probe = Path.Combine(directory, ".reliability-probe");
        try
        {
            File.WriteAllBytes(probe, [1]);
            return false;
        }
        catch (IOException exception) when (IsNoSpace(exception))
        {
            return true;
        }
        finally
        {
            File.Delete(probe);
        }
    }

    /// <summary>Removes the ballast and grows the volume back.</summary>
    public async Task FreeAsync(CancellationToken cancellationToken)
    {
        File.Delete(BallastPath);
        await RunAsync(cancellationToken, "mount", "-o", $"remount,size={RoomySize}", directory);
    }

    /// <summary>Temp files (".&lt;name&gt;.&lt;guid&gt;.tmp") left anywhere on the volume: a save that did not clean up after itself.</summary>
    public IReadOnlyList<string> LeftoverTempFiles() =>
        System.IO.Directory.EnumerateFiles(directory, ".*.tmp", SearchOption.AllDirectories).ToArray();

    public async ValueTask DisposeAsync()
    {
        if (!mounted)
        {
            return;
        }

        mounted = false;
        try
        {
            await RunAsync(CancellationToken.None, "umount", "-l", directory);
        }
        catch (InvalidOperationException exception)
        {
            Console.WriteLine($"storage volume: {exception.Message}");
        }
    }

    public static bool IsNoSpace(IOException exception) =>
        (exception.HResult & 0xFFFF) == Enospc || exception.Message.Contains("No space left on device", StringComparison.OrdinalIgnoreCase);

    private static async Task RunAsync(CancellationToken cancellationToken, string command, params string[] arguments)
    {
        var start = new ProcessStartInfo(command) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException($"{command} did not start.");
        var stderr = process.StandardError.ReadToEndAsync(cancellationToken);
        await process.StandardOutput.ReadToEndAsync(cancellationToken);
        await process.WaitForExitAsync(cancellationToken);
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"{command} {string.Join(' ', arguments)} failed ({process.ExitCode}): {await stderr}");
        }
    }
}
