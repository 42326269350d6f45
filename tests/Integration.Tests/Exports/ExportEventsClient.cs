using System.Text.Json.Nodes;

namespace ResumeExport.Integration.Tests.Exports;

/// <summary>
/// Reads <c>GET /api/resumes/exports/{exportId}/events</c> the way a browser's stream reader does: line by line, an
/// event per blank line, comment lines (<c>:</c>) kept apart so tests can see the heartbeat.
/// </summary>
public sealed class ExportEventsClient : IAsyncDisposable
{
    private readonly HttpResponseMessage response;
    private readonly StreamReader reader;

    private ExportEventsClient(HttpResponseMessage response, StreamReader reader)
    {
        this.response = response;
        this.reader = reader;
    }

    public HttpResponseMessage Response => response;

    /// <summary>Every <c>status</c> event read so far, in order (its data: the export as JSON).</summary>
    public List<JsonNode> Events { get; } = [];

    /// <summary>Every comment line read so far (heartbeats).</summary>
    public List<string> Comments { get; } = [];

    /// <summary>Whether the server ended the stream.</summary>
    public bool Ended { get; private set; }

    public IEnumerable<string> Statuses => Events.Select(e => e["status"]!.GetValue<string>());

    /// <summary>Opens the stream; a non-2xx answer is returned as is, without reading the body.</summary>
    public static async Task<ExportEventsClient> OpenAsync(HttpClient client, string exportId, CancellationToken cancellationToken = default)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, $"/api/resumes/exports/{exportId}/events");
        request.Headers.Accept.ParseAdd("text/event-stream");
        var response = await client.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, cancellationToken);
        var reader = new StreamReader(await response.Content.ReadAsStreamAsync(cancellationToken));
        return new ExportEventsClient(response, reader);
    }

    /// <summary>Reads until <paramref name="until"/> holds or the stream ends; fails the test at the deadline.</summary>
    public async Task ReadUntilAsync(Func<ExportEventsClient, bool> until, TimeSpan timeout, string description)
    {
        using var deadline = new CancellationTokenSource(timeout);
        string? eventName = null;
        var data = new List<string>();
        try
        {
            while (!until(this))
            {
                var line = await reader.ReadLineAsync(deadline.Token);
                if (line is null)
                {
                    Ended = true;
                    return;
                }

                if (line.Length == 0)
                {
                    if (data.Count > 0)
                    {
                        Assert.That(eventName, Is.EqualTo("status"), "every event is named status");
                        Events.Add(JsonNode.Parse(string.Join('\n', data))!);
                    }

                    eventName = null;
                    data.Clear();
                }
                else if (line.StartsWith(':'))
                {
                    Comments.Add(line);
                }
                else if (line.StartsWith("event:", StringComparison.Ordinal))
                {
                    eventName = line["event:".Length..].Trim();
                }
                else if (line.StartsWith("data:", StringComparison.Ordinal))
                {
                    data.Add(line["data:".Length..].TrimStart());
                }
            }
        }
        catch (OperationCanceledException) when (deadline.IsCancellationRequested)
        {
            Assert.Fail($"no {description} within {timeout}: statuses [{string.Join(", ", Statuses)}], {Comments.Count} comments, ended: {Ended}");
        }
    }

    /// <summary>Reads to the end of the stream (the server closes it after a terminal status).</summary>
    public Task ReadToEndAsync(TimeSpan timeout) => ReadUntilAsync(_ => false, timeout, "end of the stream");

    public ValueTask DisposeAsync()
    {
        reader.Dispose();
        response.Dispose();
        return ValueTask.CompletedTask;
    }
}
