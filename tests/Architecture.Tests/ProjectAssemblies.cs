using System.Reflection;

namespace ResumeExport.Architecture.Tests;

/// <summary>Our production assemblies, found through one public marker type each.</summary>
internal static class ProjectAssemblies
{
    public static Assembly Domain { get; } = typeof(ResumeExport.Domain.Users.User).Assembly;

    public static Assembly Application { get; } = typeof(ResumeExport.Application.DependencyInjection).Assembly;

    public static Assembly Api { get; } = typeof(ResumeExport.Api.DependencyInjection).Assembly;

    public static Assembly WorkersPdf { get; } = typeof(ResumeExport.Workers.Pdf.DependencyInjection).Assembly;

    public static Assembly WorkersEmail { get; } = typeof(ResumeExport.Workers.Email.DependencyInjection).Assembly;

    public static Assembly ServiceDefaults { get; } = typeof(ResumeExport.ServiceDefaults.DependencyInjection).Assembly;

    public static Assembly AdaptersPersistence { get; } = typeof(ResumeExport.Adapters.Persistence.DependencyInjection).Assembly;

    public static Assembly AdaptersMessaging { get; } = typeof(ResumeExport.Adapters.Messaging.DependencyInjection).Assembly;

    public static Assembly AdaptersIdentity { get; } = typeof(ResumeExport.Adapters.Identity.DependencyInjection).Assembly;

    public static Assembly AdaptersJsonResume { get; } = typeof(ResumeExport.Adapters.JsonResume.DependencyInjection).Assembly;

    public static Assembly AdaptersTemplates { get; } = typeof(ResumeExport.Adapters.Templates.DependencyInjection).Assembly;

    public static Assembly AdaptersScheduling { get; } = typeof(ResumeExport.Adapters.Scheduling.DependencyInjection).Assembly;

    public static Assembly AdaptersEmail { get; } = typeof(ResumeExport.Adapters.Email.DependencyInjection).Assembly;

    public static Assembly AdaptersBilling { get; } = typeof(ResumeExport.Adapters.Billing.DependencyInjection).Assembly;

    public static Assembly AdaptersRendering { get; } = typeof(ResumeExport.Adapters.Rendering.DependencyInjection).Assembly;

    public static Assembly AdaptersStorage { get; } = typeof(ResumeExport.Adapters.Storage.DependencyInjection).Assembly;

    public static Assembly AdaptersPreviews { get; } = typeof(ResumeExport.Adapters.Previews.DependencyInjection).Assembly;

    public static IReadOnlyList<Assembly> Adapters { get; } =
    [
        AdaptersPersistence, AdaptersMessaging, AdaptersIdentity, AdaptersJsonResume, AdaptersTemplates, AdaptersScheduling,
        AdaptersEmail, AdaptersBilling, AdaptersRendering, AdaptersStorage, AdaptersPreviews,
    ];

    public static IReadOnlyList<Assembly> Hosts { get; } = [Api, WorkersPdf, WorkersEmail];

    public static IReadOnlyList<Assembly> All { get; } = [Domain, Application, ServiceDefaults, .. Adapters, .. Hosts];

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
