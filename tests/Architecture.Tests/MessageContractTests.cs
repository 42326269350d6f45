using System.Reflection;
using FluentValidation;

namespace ResumeExport.Architecture.Tests;

public sealed class MessageContractTests
{
    private const string ContractsNamespace = "ResumeExport.Contracts";

    private static IEnumerable<Type> ContractTypes =>
        ProjectAssemblies.TypesOf(ProjectAssemblies.Application)
            .Where(t => t.Namespace == ContractsNamespace && !t.IsDefined(typeof(System.Runtime.CompilerServices.CompilerGeneratedAttribute)));

    [Test]
    public void Every_message_contract_is_a_sealed_record_class()
    {
        var messages = ContractTypes.Where(t => !IsValidator(t)).ToList();

        var offenders = messages.Where(t => !(t.IsClass && t.IsSealed && IsRecord(t))).Select(t => t.FullName!).ToList();

        Assert.That(messages, Is.Not.Empty, $"No message contracts found in {ContractsNamespace}.");
        Assert.That(offenders, Is.Empty, "Make these contracts sealed record classes:" + Environment.NewLine + ProjectAssemblies.Describe(offenders));
    }

    [Test]
    public void Every_contract_validator_is_sealed()
    {
        var offenders = ContractTypes.Where(t => IsValidator(t) && !t.IsSealed).Select(t => t.FullName!).ToList();

        Assert.That(offenders, Is.Empty, "Seal these contract validators:" + Environment.NewLine + ProjectAssemblies.Describe(offenders));
    }

    [TestCase("RenderExportPdf")]
    [TestCase("RenderExportDocument")]
    [TestCase("SendExportEmail")]
    [TestCase("SendBulkApplication")]
    public void A_frozen_contract_keeps_its_namespace_and_name(string name)
    {
        // MassTransit routes by namespace + type name: a rename strands queued messages.
        var contract = ProjectAssemblies.Application.GetType($"{ContractsNamespace}.{name}");

        Assert.That(contract, Is.Not.Null, $"{ContractsNamespace}.{name} was renamed or moved.");
    }

    [Test]
    public void Contracts_are_declared_only_in_the_application_assembly()
    {
        var offenders = ProjectAssemblies.All
            .Where(a => a != ProjectAssemblies.Application)
            .SelectMany(a => ProjectAssemblies.TypesOf(a).Select(t => (Assembly: a, Type: t)))
            .Where(x => x.Type.Namespace is { } ns && (ns == ContractsNamespace || ns.StartsWith(ContractsNamespace + ".", StringComparison.Ordinal)))
            .Select(x => $"{x.Type.FullName} in {x.Assembly.GetName().Name}")
            .ToList();

        Assert.That(offenders, Is.Empty, $"Only ResumeExport.Application may declare {ContractsNamespace} types:{Environment.NewLine}{ProjectAssemblies.Describe(offenders)}");
    }

    [Test]
    public void The_record_check_tells_a_record_from_a_plain_class() =>
        Assert.Multiple(() =>
        {
            Assert.That(IsRecord(typeof(ResumeExport.Contracts.RenderExportPdf)), Is.True);
            Assert.That(IsRecord(typeof(ResumeExport.Contracts.RenderExportPdfValidator)), Is.False);
        });

    private static bool IsValidator(Type type) =>
        typeof(IValidator).IsAssignableFrom(type);

    /// <summary>The compiler gives every record class a <c>&lt;Clone&gt;$</c> method; no hand-written class can have that name.</summary>
    private static bool IsRecord(Type type) =>
        type.GetMethod("<Clone>$", BindingFlags.Public | BindingFlags.Instance) is not null;
}
