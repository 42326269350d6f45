using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;

namespace ResumeExport.Reliability;

/// <summary>
/// The suite's own S3-compatible server for the <c>s3-errors-stall</c> case: s3rver (npm, installed into
/// deploy/tools/s3 by run.sh, as deploy/services does) on a free loopback port, its data in the run directory and one
/// bucket of its own. The shared s3rver (4569) and its data are never touched.
/// </summary>
internal sealed class S3Server : IAsyncDisposable
{
    public const string Bucket = "reliability-exports";
    public const string AccessKey = "S3RVER";   // the fixed key pair s3rver accepts
    public const string SecretKey = "S3RVER";
    private readonly Process process;
    private readonly StreamWriter log;

    private S3Server(Process process, int port, StreamWriter log)
    {
        this.process = process;
        this.log = log;
        Port = port;
    }

    public int Port { get; }

    public Uri Url => new($"http://127.0.0.1:{Port.ToString(CultureInfo.InvariantCulture)}");

    public static string DataDirectory(SuiteSettings settings) => Path.Combine(settings.WorkDirectory, "s3");

    /// <summary>The file s3rver keeps an object's bytes in.</summary>
    public static string ObjectPath(SuiteSettings settings, string key) => Path.Combine(DataDirectory(settings), Bucket, key + "._S3rver_object");

    public static async Task<S3Server> StartAsync(SuiteSettings settings, CancellationToken cancellationToken)
    {
        var script = Path.Combine(settings.RepoRoot, "deploy", "tools", "s3", "node_modules", "s3rver", "bin", "s3rver.js");
        if (!File.Exists(script))
        {
            throw new InvalidOperationException($"{script} is missing: run.sh installs s3rver into deploy/tools/s3 (npm ci).");
        }

        Directory.CreateDirectory(DataDirectory(settings));
        Directory.CreateDirectory(settings.LogDirectory);
        var port = FreePort();
        var start = new ProcessStartInfo("node") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var argument in new[]
                 {
                     script, "--directory", DataDirectory(settings), "--address", "127.0.0.1", "--port", port.ToString(CultureInfo.InvariantCulture),
                     "--no-vhost-buckets", "--configure-bucket", Bucket,
                 })
        {
            start.ArgumentList.Add(argument);
        }

        var log = new StreamWriter(Path.Combine(settings.LogDirectory, "s3rver.log"), append: true) { AutoFlush = true };
        var process = Process.Start(start) ?? throw new InvalidOperationException("s3rver did not start.");
        process.OutputDataReceived += (_, e) => Write(log, e.Data);
        process.ErrorDataReceived += (_, e) => Write(log, e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        var server = new S3Server(process, port, log);
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(3) };
        var answers = await SuiteContext.UntilAsync(async () =>
        {
            if (process.HasExited)
            {
                throw new InvalidOperationException("s3rver exited at start (see s3rver.log).");
            }

            try
            {
                return (await http.GetStringAsync(server.Url, cancellationToken)).Contains("ListAllMyBucketsResult", StringComparison.Ordinal);
            }
            catch (Exception exception) when (exception is HttpRequestException or TaskCanceledException && !cancellationToken.IsCancellationRequested)
            {
                return false;
            }
        }, TimeSpan.FromSeconds(60), cancellationToken);
        if (!answers)
        {
            await server.DisposeAsync();
            throw new TimeoutException($"s3rver did not answer on {server.Url} within 60 s.");
        }

        return server;
    }

    /// <summary>A loopback port nothing listens on now (the kernel's pick).</summary>
    public static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    public async ValueTask DisposeAsync()
    {
        if (!process.HasExited)
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync();
        }

        process.Dispose();
        lock (log)
        {
            log.Dispose();
        }
    }

    private static void Write(StreamWriter log, string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (log)
        {
            log.WriteLine(line);
        }
    }
}
