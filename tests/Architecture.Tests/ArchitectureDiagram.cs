using System.Text;
using System.Text.RegularExpressions;
using System.Xml.Linq;

namespace ResumeExport.Architecture.Tests;

/// <summary>
/// Draws ARCHITECTURE.md's picture from the solution itself: the hosts are the web-SDK projects under src/, their boxes
/// the projects they reference, the stores follow from each project's packages, the queues from the one class that
/// names them and the consumers from the hosts' consumer definitions. Nothing here names a project of ours but
/// <see cref="ProcessTools"/>, so it keeps drawing the truth when projects are split or renamed.
/// </summary>
internal static partial class ArchitectureDiagram
{
    public const string BeginMarker = "<!-- architecture:begin -->";
    public const string EndMarker = "<!-- architecture:end -->";
    public const string RegenerateCommand = "bash deploy/tools/architecture-diagram.sh";

    /// <summary>A package a project references, and the outside system it talks to (shape: Mermaid node brackets).</summary>
    private static readonly (string Package, string System, string Open, string Close)[] PackageSystems =
    [
        ("Npgsql.EntityFrameworkCore.PostgreSQL", "PostgreSQL", "[(", ")]"),
        ("AWSSDK.S3", "export files: local disk or S3", "[(", ")]"),
        ("MailKit", "SMTP server", "([", "])"),
        ("PuppeteerSharp", "headless Chromium", "([", "])"),
        ("Stripe.net", "Stripe / Paddle", "([", "])"),
    ];

    /// <summary>Programs a project starts as child processes (no package says so).</summary>
    private static readonly (string Project, string System)[] ProcessTools =
    [
        ("Adapters.Previews", "mutool (MuPDF)"),
    ];

    /// <summary>The package whose projects talk to the broker: they relay the outbox to the queues.</summary>
    private const string BrokerPackage = "MassTransit.RabbitMQ";

    private static readonly string[] HostSdks = ["Microsoft.NET.Sdk.Web", "Microsoft.NET.Sdk.Worker"];

    /// <summary>The fenced Mermaid block, markers included, as ARCHITECTURE.md must hold it.</summary>
    public static string Generate(string root)
    {
        var projects = LoadProjects(root);
        var hosts = projects.Values.Where(p => HostSdks.Contains(p.Sdk)).OrderBy(p => p.Name, StringComparer.Ordinal).ToArray();
        if (hosts.Length == 0)
        {
            throw new InvalidOperationException("No host project (web or worker SDK) under src/.");
        }

        var queues = QueueNames(root);
        var text = new StringBuilder();
        text.AppendLine(BeginMarker);
        text.AppendLine("```mermaid");
        text.AppendLine("flowchart LR");
        var edges = new List<string>();
        var systems = new SortedDictionary<string, string>(StringComparer.Ordinal);
        foreach (var host in hosts)
        {
            var hostId = Id(host.Name);
            text.AppendLine($"  subgraph {hostId}[\"process: {host.Name}\"]");
            text.AppendLine($"    {hostId}__{Id(host.Name)}[\"{host.Name}\"]");
            foreach (var reference in BoxesOf(host, projects))
            {
                var node = $"{hostId}__{Id(reference)}";
                text.AppendLine($"    {node}[\"{reference}\"]");
                var project = projects[reference];
                foreach (var (package, system, open, close) in PackageSystems.Where(s => project.Packages.Contains(s.Package)))
                {
                    systems[Id(system)] = $"{open}\"{system}\"{close}";
                    edges.Add($"  {node} --> {Id(system)}");
                }

                foreach (var (_, system) in ProcessTools.Where(t => t.Project == reference))
                {
                    systems[Id(system)] = $"([\"{system}\"])";
                    edges.Add($"  {node} --> {Id(system)}");
                }

                if (project.Packages.Contains(BrokerPackage))
                {
                    edges.Add($"  {node} -->|outbox relay| rabbitmq");
                }
            }

            text.AppendLine("  end");
            foreach (var queue in ConsumedQueues(root, host, queues))
            {
                edges.Add($"  queue__{Id(queue.Value)} -->|{queue.Key}| {hostId}__{Id(host.Name)}");
            }
        }

        text.AppendLine("  subgraph rabbitmq[\"RabbitMQ\"]");
        foreach (var queue in queues.OrderBy(q => q.Value, StringComparer.Ordinal))
        {
            text.AppendLine($"    queue__{Id(queue.Value)}[[\"{queue.Value}\"]]");
        }

        text.AppendLine("  end");
        foreach (var (id, shape) in systems)
        {
            text.AppendLine($"  {id}{shape}");
        }

        foreach (var edge in edges.Distinct())
        {
            text.AppendLine(edge);
        }

        text.AppendLine("```");
        text.Append(EndMarker);
        return text.ToString();
    }

    /// <summary>
    /// What a host's box lists: the projects it references directly, plus any it gets through them that talks to an
    /// outside system (so an adapter pulled in by another adapter still shows).
    /// </summary>
    private static IEnumerable<string> BoxesOf(Project host, Dictionary<string, Project> projects)
    {
        var closure = new HashSet<string>(StringComparer.Ordinal);
        var pending = new Stack<string>(host.References);
        while (pending.TryPop(out var next))
        {
            if (closure.Add(next))
            {
                foreach (var reference in projects[next].References)
                {
                    pending.Push(reference);
                }
            }
        }

        return closure.Where(p => host.References.Contains(p) || TalksOutside(projects[p])).Order(StringComparer.Ordinal);
    }

    private static bool TalksOutside(Project project) =>
        project.Packages.Contains(BrokerPackage)
        || PackageSystems.Any(s => project.Packages.Contains(s.Package))
        || ProcessTools.Any(t => t.Project == project.Name);

    /// <summary>The document with its marked block replaced by <paramref name="block"/>.</summary>
    public static string Replace(string document, string block)
    {
        var begin = document.IndexOf(BeginMarker, StringComparison.Ordinal);
        var end = document.IndexOf(EndMarker, StringComparison.Ordinal);
        if (begin < 0 || end < begin)
        {
            throw new InvalidOperationException($"ARCHITECTURE.md needs the markers {BeginMarker} and {EndMarker}.");
        }

        return document[..begin] + block + document[(end + EndMarker.Length)..];
    }

    /// <summary>The queue constants (name → queue) of the class named MessageQueues, wherever under src/ it lives.</summary>
    private static Dictionary<string, string> QueueNames(string root)
    {
        var files = SourceFiles(Path.Combine(root, "src")).Where(f => File.ReadAllText(f).Contains("static class MessageQueues", StringComparison.Ordinal)).ToArray();
        if (files.Length != 1)
        {
            throw new InvalidOperationException($"Expected one 'static class MessageQueues' under src/, found {files.Length}.");
        }

        var queues = QueueConstant().Matches(File.ReadAllText(files[0])).ToDictionary(m => m.Groups["name"].Value, m => m.Groups["queue"].Value, StringComparer.Ordinal);
        if (queues.Count == 0)
        {
            throw new InvalidOperationException($"{files[0]} declares no queue name.");
        }

        return queues;
    }

    /// <summary>The queues a host's consumer definitions take their endpoint names from (constant name → queue).</summary>
    private static IEnumerable<KeyValuePair<string, string>> ConsumedQueues(string root, Project host, Dictionary<string, string> queues) =>
        SourceFiles(Path.Combine(root, "src", host.Name))
            .SelectMany(f => ConsumerEndpoint().Matches(File.ReadAllText(f)))
            .Select(m => m.Groups["name"].Value)
            .Where(queues.ContainsKey)
            .Distinct()
            .Order(StringComparer.Ordinal)
            .Select(name => KeyValuePair.Create(name, queues[name]));

    private static Dictionary<string, Project> LoadProjects(string root) =>
        Directory.GetFiles(Path.Combine(root, "src"), "*.csproj", SearchOption.AllDirectories)
            .Select(path =>
            {
                var xml = XDocument.Load(path);
                string[] Items(string item) => xml.Descendants(item).Select(e => (string?)e.Attribute("Include")).OfType<string>().ToArray();
                return new Project(
                    Path.GetFileNameWithoutExtension(path),
                    (string?)xml.Root?.Attribute("Sdk") ?? string.Empty,
                    Items("ProjectReference").Select(r => Path.GetFileNameWithoutExtension(r.Replace('\\', '/'))).ToArray(),
                    Items("PackageReference").ToHashSet(StringComparer.Ordinal));
            })
            .ToDictionary(p => p.Name, StringComparer.Ordinal);

    private static IEnumerable<string> SourceFiles(string directory) =>
        Directory.EnumerateFiles(directory, "*.cs", SearchOption.AllDirectories)
            .Where(f => !f.Split(Path.DirectorySeparatorChar).Any(part => part is "bin" or "obj"));

    private static string Id(string name) => NonIdentifier().Replace(name, "_");

    [GeneratedRegex("""const string (?<name>\w+) = "(?<queue>[^"]+)";""")]
    private static partial Regex QueueConstant();

    [GeneratedRegex(@"EndpointName\s*=\s*MessageQueues\.(?<name>\w+)")]
    private static partial Regex ConsumerEndpoint();

    [GeneratedRegex("[^A-Za-z0-9]")]
    private static partial Regex NonIdentifier();

    private sealed record Project(string Name, string Sdk, string[] References, HashSet<string> Packages);
}
