using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using System.Net.Sockets;
using System.Text.Json.Nodes;
using ResumeExport.Adapters.Messaging;
using ResumeExport.Integration.Tests.Support;

namespace ResumeExport.Integration.Tests.Messaging;

/// <summary>
/// A worker (the e-mail worker, as an OS process) whose broker is unreachable when it starts: behind a <see cref="TcpGate"/>
/// that resets every connection, then forwards to the real RabbitMQ. It must start anyway, say not-ready (but live) until
/// the broker appears, connect and consume by itself, and stop within its grace period on SIGTERM in every state:
/// never connected, connected, and reconnecting after the broker went away.
/// </summary>
[NonParallelizable]
public sealed class BrokerUnreachableAtStartTests : IntegrationFixture
{
    /// <summary>The e-mail worker's terminationGracePeriodSeconds in deploy/k8s/worker-email.yaml.</summary>
    private static readonly TimeSpan Grace = TimeSpan.FromSeconds(30);

    private static readonly HttpClient Http = new() { Timeout = TimeSpan.FromSeconds(5) };

    [OneTimeSetUp]
    public async Task MigrateTheDatabaseAsync()
    {
        // The API migrates the class's database; the worker under test never does.
        await using var api = new ApiFactory(ConnectionString, VirtualHost);
        using var client = api.CreateClient();
        Assert.That((await client.GetAsync("/health/live")).StatusCode, Is.EqualTo(HttpStatusCode.OK));
    }

    [Test]
    public async Task A_worker_that_never_reached_the_broker_is_live_not_ready_and_stops_within_its_grace_period()
    {
        await using var gate = new TcpGate(TestServices.RabbitHost, TestServices.RabbitPort);
        using var worker = StartWorker(gate, out var url);

        await WaitNotReadyButLiveAsync(worker, url);
        await Eventually.UntilAsync(() => gate.Refused >= 2, "the worker to try the broker (and be refused) more than once");
        Assert.That(worker.HasExited, Is.False, "a broker that is down at start must not stop the worker");

        await StopsWithinGraceAsync(worker);
    }

    [Test]
    public async Task A_worker_that_started_without_the_broker_connects_when_it_appears_consumes_and_stops_within_its_grace_period()
    {
        await using var gate = new TcpGate(TestServices.RabbitHost, TestServices.RabbitPort);
        using var worker = StartWorker(gate, out var url);
        await ConnectsWhenTheBrokerAppearsAsync(gate, worker, url);
        await ConsumesAsync(worker);

        await StopsWithinGraceAsync(worker);
    }

    [Test]
    public async Task A_worker_reconnecting_after_the_broker_went_away_is_not_ready_and_stops_within_its_grace_period()
    {
        await using var gate = new TcpGate(TestServices.RabbitHost, TestServices.RabbitPort);
        using var worker = StartWorker(gate, out var url);
        await ConnectsWhenTheBrokerAppearsAsync(gate, worker, url);

        var refusedBefore = gate.Refused;
        gate.Close();
        await Eventually.UntilAsync(() => ReadyStatusAsync(url), s => s == HttpStatusCode.ServiceUnavailable,
            "readiness to turn 503 while the broker is gone" + Output(worker));
        await Eventually.UntilAsync(() => gate.Refused > refusedBefore, "the worker to try to reconnect");
        Assert.That(await LiveStatusAsync(url), Is.EqualTo(HttpStatusCode.OK), "a worker waiting for its broker is still live");

        await StopsWithinGraceAsync(worker);
    }

    private WorkerProcess StartWorker(TcpGate gate, out Uri url)
    {
        var port = FreePort();
        url = new Uri($"http://127.0.0.1:{port}");
        var settings = TestSettings.For(ConnectionString, VirtualHost);
        settings["RabbitMq:Host"] = "127.0.0.1";
        settings["RabbitMq:Port"] = gate.Port.ToString(System.Globalization.CultureInfo.InvariantCulture);
        settings["Database:ApplyMigrationsOnStartup"] = "false";
        settings["ASPNETCORE_URLS"] = url.ToString().TrimEnd('/');
        settings["Smtp:Host"] = "127.0.0.1";
        settings["Smtp:Port"] = "1";
        settings["Smtp:Sender"] = "no-reply@resume-export.test";
        settings["Smtp:Security"] = "none";
        return WorkerProcess.Start("ResumeExport.Workers.Email", settings);
    }

    private static async Task WaitNotReadyButLiveAsync(WorkerProcess worker, Uri url)
    {
        await Eventually.UntilAsync(() => LiveStatusAsync(url), s => s == HttpStatusCode.OK,
            "the worker to answer /health/live without its broker" + Output(worker), TimeSpan.FromSeconds(60));
        Assert.That(await ReadyStatusAsync(url), Is.EqualTo(HttpStatusCode.ServiceUnavailable), "a worker without its broker is not ready" + Output(worker));
    }

    /// <summary>Started behind the closed gate: not ready; once the gate opens, ready by itself (no restart).</summary>
    private static async Task ConnectsWhenTheBrokerAppearsAsync(TcpGate gate, WorkerProcess worker, Uri url)
    {
        await WaitNotReadyButLiveAsync(worker, url);
        gate.Open();
        await Eventually.UntilAsync(() => ReadyStatusAsync(url), s => s == HttpStatusCode.OK,
            "the worker to become ready once the broker appears" + Output(worker), TimeSpan.FromSeconds(90));
    }

    /// <summary>A message that is not a valid command is taken off the queue at once (into its error queue): the worker consumes.</summary>
    private async Task ConsumesAsync(WorkerProcess worker)
    {
        var queue = MessageQueues.SendExportEmail;
        var publish = await TestServices.RabbitManagement.PostAsJsonAsync($"exchanges/{VirtualHost}/amq.default/publish", new
        {
            properties = new { content_type = "application/vnd.masstransit+json" },
            routing_key = queue,
            payload = "{}",
            payload_encoding = "string",
        });
        publish.EnsureSuccessStatusCode();
        Assert.That((await publish.Content.ReadFromJsonAsync<JsonObject>())?["routed"]?.GetValue<bool>(), Is.True, $"the worker declared {queue}");
        await Eventually.UntilAsync(() => MessagesAsync($"{queue}_error"), n => n >= 1, "the message to be consumed (and moved to the error queue)" + Output(worker));
    }

    private static async Task StopsWithinGraceAsync(WorkerProcess worker)
    {
        var watch = Stopwatch.StartNew();
        worker.Terminate();
        var exited = await worker.WaitForExitAsync(Grace);
        Assert.That(exited, Is.True, $"the worker did not stop within its grace period of {Grace.TotalSeconds:0} s after SIGTERM" + Output(worker));
        TestContext.Out.WriteLine($"stopped {watch.Elapsed.TotalSeconds:0.0} s after SIGTERM");
    }

    private async Task<int> MessagesAsync(string queue)
    {
        using var response = await TestServices.RabbitManagement.GetAsync($"queues/{VirtualHost}/{queue}");
        return response.IsSuccessStatusCode && (await response.Content.ReadFromJsonAsync<JsonObject>())?["messages"] is { } messages ? messages.GetValue<int>() : 0;
    }

    private static Task<HttpStatusCode> ReadyStatusAsync(Uri url) => StatusAsync(new Uri(url, "/health/ready"));

    private static Task<HttpStatusCode> LiveStatusAsync(Uri url) => StatusAsync(new Uri(url, "/health/live"));

    private static async Task<HttpStatusCode> StatusAsync(Uri url)
    {
        try
        {
            using var response = await Http.GetAsync(url);
            return response.StatusCode;
        }
        catch (Exception exception) when (exception is HttpRequestException or TaskCanceledException)
        {
            return 0;
        }
    }

    private static string Output(WorkerProcess worker) => $"; worker output:{Environment.NewLine}{worker.RecentOutput}";

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
