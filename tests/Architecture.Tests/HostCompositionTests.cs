using System.Xml.Linq;

namespace ResumeExport.Architecture.Tests;

/// <summary>
/// Each host references only the adapters it runs, read from the project files (what a build restores and a
/// container image ships), so a package cannot creep into a process that does not use it.
/// </summary>
public sealed class HostCompositionTests
{
    private static readonly string Root = RepositoryFiles.Root;

    /// <summary>Host, the adapter projects it must reference, the ones it must not.</summary>
    private static readonly (string Host, string[] Runs, string[] Never)[] Hosts =
    [
        (
            "Api",
            ["ServiceDefaults", "Adapters.Persistence", "Adapters.Messaging", "Adapters.Templates", "Adapters.Identity", "Adapters.JsonResume",
                "Adapters.Billing", "Adapters.Storage", "Adapters.Previews", "Adapters.Scheduling"],
            ["Adapters.Rendering", "Adapters.Email"]),
        (
            "Workers.Pdf",
            ["ServiceDefaults", "Adapters.Persistence", "Adapters.Messaging", "Adapters.Templates", "Adapters.Storage", "Adapters.Rendering", "Adapters.Scheduling"],
            ["Adapters.Identity", "Adapters.JsonResume", "Adapters.Billing", "Adapters.Previews", "Adapters.Email"]),
        (
            "Workers.Email",
            ["ServiceDefaults", "Adapters.Persistence", "Adapters.Messaging", "Adapters.Storage", "Adapters.Email"],
            ["Adapters.Identity", "Adapters.JsonResume", "Adapters.Templates", "Adapters.Billing", "Adapters.Previews", "Adapters.Rendering", "Adapters.Scheduling"]),
    ];

    /// <summary>A package, and the only hosts whose restore may contain it.</summary>
    private static readonly (string Package, string[] OnlyIn)[] Packages =
    [
        ("PuppeteerSharp", ["Workers.Pdf"]),
        ("DocumentFormat.OpenXml", ["Workers.Pdf"]),
        ("MailKit", ["Workers.Email"]),
        ("Stripe.net", ["Api"]),
        ("AWSSDK.S3", ["Api", "Workers.Pdf", "Workers.Email"]),
        ("Microsoft.IdentityModel.JsonWebTokens", ["Api"]),
        ("JsonSchema.Net", ["Api"]),
        ("Npgsql.EntityFrameworkCore.PostgreSQL", ["Api", "Workers.Pdf", "Workers.Email"]),
        ("MassTransit.RabbitMQ", ["Api", "Workers.Pdf", "Workers.Email"]),
    ];

    [TestCaseSource(nameof(HostNames))]
    public void A_host_references_the_adapters_it_runs_and_no_other(string host)
    {
        var (_, runs, never) = Hosts.Single(h => h.Host == host);

        var closure = ProjectClosure(host);

        Assert.Multiple(() =>
        {
            Assert.That(closure, Is.SupersetOf(runs), $"{host} must reference what it runs");
            Assert.That(closure.Intersect(never), Is.Empty, $"{host} must not reference adapters it does not run");
        });
    }

    [TestCaseSource(nameof(PackageNames))]
    public void A_capability_package_is_restored_only_by_the_hosts_that_use_it(string package)
    {
        var (_, onlyIn) = Packages.Single(p => p.Package == package);

        var restoredBy = Hosts.Select(h => h.Host).Where(h => ProjectClosure(h).SelectMany(PackagesOf).Contains(package)).ToArray();

        Assert.That(restoredBy, Is.EquivalentTo(onlyIn));
    }

    /// <summary>The one edge between adapters: the outbox relay publishes the rows persistence committed.</summary>
    private static readonly (string From, string To)[] AllowedAdapterEdges = [("Adapters.Messaging", "Adapters.Persistence")];

    [Test]
    public void Adapter_projects_reference_no_host_no_service_defaults_and_no_other_adapter()
    {
        var adapters = Directory.GetDirectories(Path.Combine(Root, "src"), "Adapters.*").Select(Path.GetFileName).OfType<string>().ToArray();
        Assert.That(adapters, Is.Not.Empty);

        var offenders =
            from adapter in adapters
            from reference in DirectReferences(adapter)
            where (reference.StartsWith("Adapters.", StringComparison.Ordinal) && !AllowedAdapterEdges.Contains((adapter, reference)))
                || reference is "Api" or "ServiceDefaults" || reference.StartsWith("Workers.", StringComparison.Ordinal)
            select $"{adapter} references {reference}";

        Assert.That(offenders, Is.Empty);
    }

    [Test]
    public void Domain_and_application_reference_no_adapter_project()
    {
        // The templates package is the one catalogue of templates and section kinds (decision 0021): the domain may
        // reference it, and it references nothing of ours, so the domain's closure stays free of adapters and packages.
        Assert.Multiple(() =>
        {
            Assert.That(ProjectClosure("Templates"), Is.EquivalentTo(new[] { "Templates" }));
            Assert.That(ProjectClosure("Domain"), Is.EquivalentTo(new[] { "Domain", "Templates" }));
            Assert.That(ProjectClosure("Application"), Is.EquivalentTo(new[] { "Application", "Domain", "Templates" }));
        });
    }

    private static IEnumerable<string> HostNames() => Hosts.Select(h => h.Host);

    private static IEnumerable<string> PackageNames() => Packages.Select(p => p.Package);

    /// <summary>The project and every project it references, directly or not (names as folders under src/).</summary>
    private static HashSet<string> ProjectClosure(string project)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var pending = new Stack<string>([project]);
        while (pending.TryPop(out var next))
        {
            if (seen.Add(next))
            {
                foreach (var reference in DirectReferences(next))
                {
                    pending.Push(reference);
                }
            }
        }

        return seen;
    }

    private static IEnumerable<string> DirectReferences(string project) =>
        Items(project, "ProjectReference").Select(include => Path.GetFileNameWithoutExtension(include.Replace('\\', '/')));

    private static IEnumerable<string> PackagesOf(string project) => Items(project, "PackageReference");

    private static IEnumerable<string> Items(string project, string item) =>
        XDocument.Load(Path.Combine(Root, "src", project, project + ".csproj"))
            .Descendants(item)
            .Select(e => (string?)e.Attribute("Include"))
            .OfType<string>();
}
