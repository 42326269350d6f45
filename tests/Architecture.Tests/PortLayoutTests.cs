namespace ResumeExport.Architecture.Tests;

/// <summary>
/// Ports are grouped by the adapter that serves them (ARCHITECTURE.md): <c>Application/Common/Ports/&lt;Group&gt;</c>, with
/// the records of their signatures beside them, and nothing left in the drawer's root.
/// </summary>
public sealed class PortLayoutTests
{
    private const string Ports = "ResumeExport.Application.Common.Ports";

    private static readonly string[] Groups = ["Persistence", "Messaging", "Identity", "Templates", "Storage", "Rendering", "Previews", "Email", "Billing"];

    [Test]
    public void No_type_sits_in_the_root_of_the_ports_drawer() =>
        Assert.That(ProjectAssemblies.Application.GetTypes().Where(t => t.Namespace == Ports).Select(t => t.FullName), Is.Empty);

    [Test]
    public void Every_port_sits_in_one_of_the_adapter_groups() =>
        Assert.That(
            ProjectAssemblies.Application.GetTypes()
                .Where(t => t.Namespace?.StartsWith(Ports + ".", StringComparison.Ordinal) == true)
                .Where(t => !Groups.Contains(t.Namespace![(Ports.Length + 1)..]))
                .Select(t => t.FullName),
            Is.Empty);

    [Test]
    public void Every_application_interface_the_outside_world_implements_is_a_port_in_a_group()
    {
        var adapters = ProjectAssemblies.All.Where(a => a != ProjectAssemblies.Application && a != ProjectAssemblies.Domain);
        var implemented = adapters.SelectMany(a => a.GetTypes()).SelectMany(t => t.GetInterfaces())
            .Where(i => i.Assembly == ProjectAssemblies.Application).Distinct();

        Assert.That(implemented.Where(i => i.Namespace?.StartsWith(Ports + ".", StringComparison.Ordinal) != true).Select(i => i.FullName), Is.Empty);
    }
}
