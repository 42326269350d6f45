using System.Collections.Concurrent;
using System.Net;
using Google.Protobuf;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using ResumeExport.Integration.Tests.Doubles.Otlp;

namespace ResumeExport.Integration.Tests.Doubles;

/// <summary>
/// An OTLP/HTTP (protobuf) collector on a loopback port, inside the test: what the processes under test export by
/// the standard OTEL_* settings lands here, decoded, for assertions. Independent of the code under test: it knows the
/// protocol, not our exporters.
/// </summary>
public sealed class OtlpReceiver : IAsyncDisposable
{
    private readonly WebApplication app;
    private readonly ConcurrentQueue<ReceivedSpan> spans = new();
    private readonly ConcurrentQueue<ReceivedMetricPoint> metricPoints = new();
    private readonly ConcurrentQueue<ReceivedLogRecord> logRecords = new();

    private OtlpReceiver(WebApplication app) => this.app = app;

    /// <summary>The base URL for OTEL_EXPORTER_OTLP_ENDPOINT (protocol <c>http/protobuf</c>).</summary>
    public string Endpoint => app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.Single();

    public IReadOnlyList<ReceivedSpan> Spans => [.. spans];

    public IReadOnlyList<ReceivedMetricPoint> MetricPoints => [.. metricPoints];

    public IReadOnlyList<ReceivedLogRecord> LogRecords => [.. logRecords];

    public static async Task<OtlpReceiver> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.ConfigureKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, 0));
        var app = builder.Build();
        var receiver = new OtlpReceiver(app);
        app.MapPost("/v1/traces", (HttpRequest request) => receiver.AcceptAsync(request, ExportTraceServiceRequest.Parser, receiver.Add));
        app.MapPost("/v1/metrics", (HttpRequest request) => receiver.AcceptAsync(request, ExportMetricsServiceRequest.Parser, receiver.Add));
        app.MapPost("/v1/logs", (HttpRequest request) => receiver.AcceptAsync(request, ExportLogsServiceRequest.Parser, receiver.Add));
        await app.StartAsync();
        return receiver;
    }

    public async ValueTask DisposeAsync() => await app.DisposeAsync();

    // An empty Export*ServiceResponse is zero bytes: full success.
    private async Task<IResult> AcceptAsync<TRequest>(HttpRequest request, MessageParser<TRequest> parser, Action<TRequest> add)
        where TRequest : IMessage<TRequest>
    {
        using var body = new MemoryStream();
        await request.Body.CopyToAsync(body);
        add(parser.ParseFrom(body.ToArray()));
        return Results.Bytes([], "application/x-protobuf");
    }

    private void Add(ExportTraceServiceRequest request)
    {
        foreach (var resource in request.ResourceSpans)
        {
            var service = ServiceName(resource.Resource);
            foreach (var span in resource.ScopeSpans.SelectMany(s => s.Spans))
            {
                spans.Enqueue(new ReceivedSpan(
                    service, Hex(span.TraceId), Hex(span.SpanId), Hex(span.ParentSpanId), span.Name, span.Kind, Attributes(span.Attributes)));
            }
        }
    }

    private void Add(ExportMetricsServiceRequest request)
    {
        foreach (var resource in request.ResourceMetrics)
        {
            var service = ServiceName(resource.Resource);
            foreach (var metric in resource.ScopeMetrics.SelectMany(s => s.Metrics))
            {
                var points = metric.DataCase switch
                {
                    Metric.DataOneofCase.Sum => metric.Sum.DataPoints.Select(p => (p.Attributes, Value(p), Count: 1UL)),
                    Metric.DataOneofCase.Gauge => metric.Gauge.DataPoints.Select(p => (p.Attributes, Value(p), Count: 1UL)),
                    Metric.DataOneofCase.Histogram => metric.Histogram.DataPoints.Select(p => (p.Attributes, p.Sum, p.Count)),
                    _ => [],
                };
                foreach (var (attributes, value, count) in points)
                {
                    metricPoints.Enqueue(new ReceivedMetricPoint(service, metric.Name, metric.Unit, Attributes(attributes), value, count));
                }
            }
        }
    }

    private void Add(ExportLogsServiceRequest request)
    {
        foreach (var resource in request.ResourceLogs)
        {
            var service = ServiceName(resource.Resource);
            foreach (var log in resource.ScopeLogs.SelectMany(s => s.LogRecords))
            {
                logRecords.Enqueue(new ReceivedLogRecord(service, Hex(log.TraceId), log.SeverityText, Text(log.Body)));
            }
        }
    }

    private static double Value(NumberDataPoint point) =>
        point.ValueCase == NumberDataPoint.ValueOneofCase.AsInt ? point.AsInt : point.AsDouble;

    private static string ServiceName(Resource resource) =>
        resource.Attributes.FirstOrDefault(a => a.Key == "service.name") is { } name ? Text(name.Value) : string.Empty;

    private static Dictionary<string, string> Attributes(IEnumerable<KeyValue> attributes) =>
        attributes.ToDictionary(a => a.Key, a => Text(a.Value));

    private static string Text(AnyValue? value) => value?.ValueCase switch
    {
        AnyValue.ValueOneofCase.StringValue => value.StringValue,
        AnyValue.ValueOneofCase.IntValue => value.IntValue.ToString(System.Globalization.CultureInfo.InvariantCulture),
        AnyValue.ValueOneofCase.DoubleValue => value.DoubleValue.ToString(System.Globalization.CultureInfo.InvariantCulture),
        AnyValue.ValueOneofCase.BoolValue => value.BoolValue ? "true" : "false",
        _ => string.Empty,
    };

    private static string Hex(ByteString id) => Convert.ToHexStringLower(id.Span);
}
