using NetArchTest.Rules;

namespace ResumeExport.Architecture.Tests;

/// <summary>
/// The Application features (<c>ResumeExport.Application.&lt;Feature&gt;</c>) may build on each other, but never in a
/// circle: a circle means neither feature can be read, moved or changed without the other.
/// </summary>
public sealed class FeatureDependencyTests
{
    private const string ApplicationNamespace = "ResumeExport.Application";

    [Test]
    public void No_two_application_features_depend_on_each_other_in_a_cycle()
    {
        var features = Features();
        var uses = features.ToDictionary(f => f, f => features.Where(other => other != f && Depends(f, other)).ToArray());

        var cycles = features.Select(f => CycleFrom(f, uses)).OfType<string>().Distinct().ToList();

        Assert.That(cycles, Is.Empty, "Feature cycles:" + Environment.NewLine + string.Join(Environment.NewLine, cycles));
    }

    [Test]
    public void The_feature_check_sees_a_dependency_that_exists() =>
        Assert.That(Depends("Operations", "Emails"), Is.True, "Operations reads the e-mail counters of the Emails feature.");

    private static string[] Features() =>
        [.. Types.InAssembly(ProjectAssemblies.Application).GetTypes()
            .Select(t => t.Namespace ?? string.Empty)
            .Where(n => n.StartsWith(ApplicationNamespace + ".", StringComparison.Ordinal))
            .Select(n => n[(ApplicationNamespace.Length + 1)..].Split('.')[0])
            .Where(f => f != "Common")
            .Distinct()
            .Order(StringComparer.Ordinal)];

    private static bool Depends(string feature, string other) =>
        Types.InAssembly(ProjectAssemblies.Application)
            .That().ResideInNamespace($"{ApplicationNamespace}.{feature}")
            .And().HaveDependencyOn($"{ApplicationNamespace}.{other}")
            .GetTypes()
            .Any();

    /// <summary>A path from <paramref name="start"/> back to itself, or null when there is none.</summary>
    private static string? CycleFrom(string start, Dictionary<string, string[]> uses)
    {
        var path = new Stack<string>();
        var seen = new HashSet<string>();
        return Visit(start);

        string? Visit(string feature)
        {
            path.Push(feature);
            foreach (var next in uses[feature])
            {
                if (next == start)
                {
                    return string.Join(" -> ", path.Reverse().Append(start));
                }

                if (seen.Add(next) && Visit(next) is { } cycle)
                {
                    return cycle;
                }
            }

            path.Pop();
            return null;
        }
    }
}
