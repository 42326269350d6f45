using System.Reflection;

namespace ResumeExport.Architecture.Tests;

/// <summary>Our production assemblies, found through one public marker type each.</summary>
internal static class ProjectAssemblies
{
    public static Assembly Domain { get; } = typeof(ResumeExport.Domain.Users.User).Assembly;

    public static Assembly Application { get; } = typeof(ResumeExport.Application.DependencyInjection).Assembly;

    public static Assembly Infrastructure { get; } = typeof(ResumeExport.Infrastructure.DependencyInjection).Assembly;

    public static Assembly Api { get; } = typeof(ResumeExport.Api.DependencyInjection).Assembly;

    public static Assembly WorkersPdf { get; } = typeof(ResumeExport.Workers.Pdf.DependencyInjection).Assembly;

    public static Assembly WorkersEmail { get; } = typeof(ResumeExport.Workers.Email.DependencyInjection).Assembly;

    public static Assembly ServiceDefaults { get; } = typeof(ResumeExport.ServiceDefaults.HostingExtensions).Assembly;

    public static Assembly AdaptersEmail { get; } = typeof(ResumeExport.Adapters.Email.SmtpServiceCollectionExtensions).Assembly;

    public static Assembly AdaptersBilling { get; } = typeof(ResumeExport.Adapters.Billing.BillingServiceCollectionExtensions).Assembly;

    public static Assembly AdaptersRendering { get; } = typeof(ResumeExport.Adapters.Rendering.RenderingServiceCollectionExtensions).Assembly;

    public static Assembly AdaptersStorage { get; } = typeof(ResumeExport.Adapters.Storage.StorageServiceCollectionExtensions).Assembly;

    /// <summary>The adapter projects by capability (the core one, <see cref="Infrastructure"/>, aside).</summary>
    public static IReadOnlyList<Assembly> CapabilityAdapters { get; } = [AdaptersEmail, AdaptersBilling, AdaptersRendering, AdaptersStorage];

    public static IReadOnlyList<Assembly> All { get; } =
        [Domain, Application, Infrastructure, ServiceDefaults, AdaptersEmail, AdaptersBilling, AdaptersRendering, AdaptersStorage, Api, WorkersPdf, WorkersEmail];

    /// <summary>Every type an assembly declares, including the ones a partial load could not resolve.</summary>
    public static IEnumerable<Type> TypesOf(Assembly assembly)
    {
        try
        {
            return assembly.GetTypes();
        }
        catch (ReflectionTypeLoadException exception)
        {
            return exception.Types.OfType<Type>();
        }
    }

    public static string Describe(IEnumerable<string> offenders) =>
        string.Join(Environment.NewLine, offenders.Order(StringComparer.Ordinal).Select(o => "  - " + o));
}
