using Mediator;
using NetArchTest.Rules;
using ResumeExport.Application.Auth.Login;
using ResumeExport.Application.Auth.Register;
using ResumeExport.Application.Users.GetCurrentUser;

namespace ResumeExport.Architecture.Tests;

public sealed class MediatorHandlerTests
{
    private static readonly Type[] HandlerInterfaces =
    [
        typeof(ICommandHandler<,>),
        typeof(IQueryHandler<,>),
        typeof(IRequestHandler<,>),
        typeof(INotificationHandler<>),
    ];

    [Test]
    public void Every_command_and_query_handler_is_sealed()
    {
        var offenders = ProjectAssemblies.All.SelectMany(a => SealedImplementations.Unsealed(ProjectAssemblies.TypesOf(a), HandlerInterfaces)).ToList();

        Assert.That(offenders, Is.Empty, "Seal these Mediator handlers:" + Environment.NewLine + ProjectAssemblies.Describe(offenders));
    }

    [Test]
    public void The_handler_rule_sees_the_known_handlers()
    {
        var handlers = SealedImplementations.Implementing(ProjectAssemblies.TypesOf(ProjectAssemblies.Application), HandlerInterfaces);

        Assert.That(handlers, Is.SupersetOf(new[] { typeof(RegisterCommandHandler), typeof(LoginCommandHandler), typeof(GetCurrentUserQueryHandler) }));
    }

    [Test]
    public void NetArchTest_agrees_that_every_command_handler_is_sealed()
    {
        var selected = Types.InAssembly(ProjectAssemblies.Application).That().ImplementInterface(typeof(ICommandHandler<,>));
        var result = selected.Should().BeSealed().GetResult();

        Assert.That(selected.GetTypes(), Does.Contain(typeof(RegisterCommandHandler)), "NetArchTest no longer matches open generic interfaces; rely on the reflection rule.");
        Assert.That(result.FailingTypeNames ?? [], Is.Empty, ProjectAssemblies.Describe(result.FailingTypeNames ?? []));
    }
}
