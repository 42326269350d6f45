using System.Reflection;
using NetArchTest.Rules;

namespace ResumeExport.Architecture.Tests;

public sealed class LayerDependencyTests
{
    private const string DomainNamespace = "ResumeExport.Domain";
    private const string ApplicationNamespace = "ResumeExport.Application";
    private const string ContractsNamespace = "ResumeExport.Contracts";
    private const string AdaptersNamespace = "ResumeExport.Adapters";
    private const string ServiceDefaultsNamespace = "ResumeExport.ServiceDefaults";
    private const string ApiNamespace = "ResumeExport.Api";
    private const string WorkersNamespace = "ResumeExport.Workers";
    private const string PdfWorkerNamespace = "ResumeExport.Workers.Pdf";
    private const string EmailWorkerNamespace = "ResumeExport.Workers.Email";

    [Test]
    public void Domain_depends_on_no_other_project_of_ours() =>
        AssertNoDependency(
            ProjectAssemblies.Domain,
            ApplicationNamespace, ContractsNamespace, AdaptersNamespace, ServiceDefaultsNamespace, ApiNamespace, WorkersNamespace);

    [Test]
    public void Domain_depends_on_no_framework_or_package() =>
        AssertNoDependency(
            ProjectAssemblies.Domain,
            "Microsoft.EntityFrameworkCore",
            "MassTransit",
            "Mediator",
            "FluentValidation",
            "Microsoft.AspNetCore",
            "Microsoft.Extensions",
            "Npgsql",
            "PuppeteerSharp",
            "MailKit",
            "MimeKit",
            "Amazon",
            "Stripe",
            "Polly");

    [Test]
    public void Application_depends_on_no_adapter_and_no_host() =>
        AssertNoDependency(ProjectAssemblies.Application, AdaptersNamespace, ServiceDefaultsNamespace, ApiNamespace, WorkersNamespace);

    [Test]
    public void Application_depends_on_no_persistence_messaging_rendering_mail_storage_billing_or_web_package() =>
        AssertNoDependency(
            ProjectAssemblies.Application,
            "Microsoft.EntityFrameworkCore",
            "MassTransit",
            "Npgsql",
            "PuppeteerSharp",
            "MailKit",
            "MimeKit",
            "Amazon",
            "Stripe",
            "Microsoft.AspNetCore");

    [Test]
    public void Adapters_depend_on_no_host_no_service_defaults_and_no_other_adapter_but_messaging_on_persistence()
    {
        foreach (var adapter in ProjectAssemblies.Adapters)
        {
            var name = adapter.GetName().Name!;
            var otherAdapters = ProjectAssemblies.Adapters
                .Select(a => a.GetName().Name!)
                .Where(other => other != name && !(adapter == ProjectAssemblies.AdaptersMessaging && other == ProjectAssemblies.AdaptersPersistence.GetName().Name))
                .ToArray();
            AssertNoDependency(adapter, [ApiNamespace, WorkersNamespace, ServiceDefaultsNamespace, .. otherAdapters]);
        }
    }

    [Test]
    public void Service_defaults_depend_on_no_project_of_ours() =>
        AssertNoDependency(
            ProjectAssemblies.ServiceDefaults,
            DomainNamespace, ApplicationNamespace, ContractsNamespace, AdaptersNamespace, ApiNamespace, WorkersNamespace);

    [Test]
    public void The_api_depends_on_neither_worker() =>
        AssertNoDependency(ProjectAssemblies.Api, WorkersNamespace);

    [Test]
    public void The_pdf_worker_depends_on_neither_the_api_nor_the_email_worker() =>
        AssertNoDependency(ProjectAssemblies.WorkersPdf, ApiNamespace, EmailWorkerNamespace);

    [Test]
    public void The_email_worker_depends_on_neither_the_api_nor_the_pdf_worker() =>
        AssertNoDependency(ProjectAssemblies.WorkersEmail, ApiNamespace, PdfWorkerNamespace);

    [Test]
    public void No_project_references_an_assembly_it_must_not_know()
    {
        var forbidden = new Dictionary<Assembly, Assembly[]>
        {
            [ProjectAssemblies.Domain] = [ProjectAssemblies.Application, .. ProjectAssemblies.Adapters, .. ProjectAssemblies.Hosts],
            [ProjectAssemblies.Application] = [.. ProjectAssemblies.Adapters, .. ProjectAssemblies.Hosts],
            [ProjectAssemblies.Api] = [ProjectAssemblies.WorkersPdf, ProjectAssemblies.WorkersEmail],
            [ProjectAssemblies.WorkersPdf] = [ProjectAssemblies.Api, ProjectAssemblies.WorkersEmail],
            [ProjectAssemblies.WorkersEmail] = [ProjectAssemblies.Api, ProjectAssemblies.WorkersPdf],
        };

        var offenders =
            from rule in forbidden
            from reference in rule.Key.GetReferencedAssemblies()
            where rule.Value.Any(f => AssemblyName.ReferenceMatchesDefinition(reference, f.GetName()))
            select $"{rule.Key.GetName().Name} references {reference.Name}";

        var list = offenders.ToList();
        Assert.That(list, Is.Empty, "Forbidden assembly references:" + Environment.NewLine + ProjectAssemblies.Describe(list));
    }

    /// <summary>Guards against a vacuous gate: the checker must see a dependency we know exists.</summary>
    [TestCase("ResumeExport.Adapters.Persistence", "Microsoft.EntityFrameworkCore")]
    [TestCase("ResumeExport.Adapters.Messaging", "MassTransit")]
    [TestCase("ResumeExport.Adapters.Messaging", "ResumeExport.Adapters.Persistence")]
    [TestCase("ResumeExport.Adapters.Rendering", "PuppeteerSharp")]
    [TestCase("ResumeExport.Adapters.Email", "MailKit")]
    [TestCase("ResumeExport.Application", "ResumeExport.Domain")]
    [TestCase("ResumeExport.Application", "FluentValidation")]
    public void The_dependency_check_detects_a_dependency_that_exists(string assemblyName, string dependency)
    {
        var assembly = ProjectAssemblies.All.Single(a => a.GetName().Name == assemblyName);

        var dependents = Types.InAssembly(assembly).That().HaveDependencyOn(dependency).GetTypes();

        Assert.That(dependents, Is.Not.Empty, $"{assemblyName} should be seen to depend on {dependency}.");
    }

    [Test]
    public void Every_assembly_under_test_declares_types_in_its_own_namespace()
    {
        foreach (var assembly in ProjectAssemblies.All)
        {
            var name = assembly.GetName().Name!;
            Assert.That(Types.InAssembly(assembly).That().ResideInNamespace(name).GetTypes(), Is.Not.Empty, name);
        }
    }

    private static void AssertNoDependency(Assembly assembly, params string[] forbidden)
    {
        var result = Types.InAssembly(assembly).ShouldNot().HaveDependencyOnAny(forbidden).GetResult();

        var offenders = result.FailingTypeNames ?? [];
        Assert.That(
            offenders,
            Is.Empty,
            $"{assembly.GetName().Name} must not depend on {string.Join(", ", forbidden)}; offending types:{Environment.NewLine}{ProjectAssemblies.Describe(offenders)}");
    }
}
