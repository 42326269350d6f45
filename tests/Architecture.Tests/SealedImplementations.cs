namespace ResumeExport.Architecture.Tests;

/// <summary>Finds concrete classes that implement an open generic interface, and those among them left unsealed.</summary>
internal static class SealedImplementations
{
    public static IReadOnlyList<Type> Implementing(IEnumerable<Type> types, params Type[] openGenericInterfaces) =>
        [.. types.Where(t => t is { IsClass: true, IsAbstract: false } && Implements(t, openGenericInterfaces))];

    public static IReadOnlyList<string> Unsealed(IEnumerable<Type> types, params Type[] openGenericInterfaces) =>
        [.. Implementing(types, openGenericInterfaces).Where(t => !t.IsSealed).Select(t => t.FullName ?? t.Name)];

    private static bool Implements(Type type, Type[] openGenericInterfaces) =>
        type.GetInterfaces().Any(i => i.IsGenericType && openGenericInterfaces.Contains(i.GetGenericTypeDefinition()));
}
