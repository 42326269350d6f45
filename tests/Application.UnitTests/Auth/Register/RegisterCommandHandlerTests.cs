using ResumeExport.Application.Auth.Register;
using ResumeExport.Application.Common.Exceptions;
using ResumeExport.Application.UnitTests.Fakes;
using ResumeExport.Domain.Common;
using ResumeExport.Domain.Plans;

namespace ResumeExport.Application.UnitTests.Auth.Register;

/// <remarks>One instance per test: the fakes in the fields hold state.</remarks>
[FixtureLifeCycle(LifeCycle.InstancePerTestCase)]
public sealed class RegisterCommandHandlerTests
{
    private readonly HandlerFixture fakes = new();
    private RegisterCommandHandler handler = null!;

    [SetUp]
    public void SetUp()
    {
        handler = new RegisterCommandHandler(fakes.Users, fakes.Hasher, fakes.Sessions, fakes.UnitOfWork, TestClock.At());
    }

    [Test]
    public async Task Registers_the_user_saves_once_and_returns_their_access_token()
    {
        var response = await handler.Handle(new RegisterCommand("Ana@Example.com", TestUsers.Password, "  Ana Silva "), CancellationToken.None);

        Assert.That(fakes.Users.Added, Has.Count.EqualTo(1));
        var user = fakes.Users.Added[0];
        Assert.Multiple(() =>
        {
            Assert.That(fakes.UnitOfWork.SaveCount, Is.EqualTo(1));
            Assert.That(user.Email, Is.EqualTo("Ana@Example.com"));
            Assert.That(user.NormalizedEmail, Is.EqualTo("ana@example.com"));
            Assert.That(user.DisplayName, Is.EqualTo("Ana Silva"));
            Assert.That(user.CreatedAt, Is.EqualTo(TestClock.Now));
            Assert.That(response.AccessToken, Is.EqualTo(FakeAccessTokenIssuer.TokenFor(user)));
            Assert.That(response.ExpiresAt, Is.EqualTo(FakeAccessTokenIssuer.ExpiresAt));
            Assert.That(response.User.Id, Is.EqualTo(user.Id));
            Assert.That(response.User.Email, Is.EqualTo("Ana@Example.com"));
            Assert.That(response.User.DisplayName, Is.EqualTo("Ana Silva"));
            Assert.That(response.User.Role, Is.EqualTo("user"));
            Assert.That(response.User.PlanCode, Is.EqualTo(PlanCodes.Free));
        });
    }

    [Test]
    public async Task Stores_the_hash_never_the_password()
    {
        await handler.Handle(new RegisterCommand("ana@example.com", TestUsers.Password, "Ana"), CancellationToken.None);

        Assert.That(fakes.Users.Added.Single().PasswordHash, Is.EqualTo(FakePasswordHasher.Prefix + TestUsers.Password).And.Not.EqualTo(TestUsers.Password));
    }

    [Test]
    public void Rejects_an_email_already_taken_in_another_case_and_saves_nothing()
    {
        fakes.Users.Seed(TestUsers.Ana("ana@example.com"));

        var error = Assert.ThrowsAsync<ConflictException>(async () =>
            await handler.Handle(new RegisterCommand("ANA@Example.COM", TestUsers.Password, "Other Ana"), CancellationToken.None));

        Assert.Multiple(() =>
        {
            Assert.That(error.Code, Is.EqualTo("email_taken"));
            Assert.That(fakes.Users.Added, Is.Empty);
            Assert.That(fakes.UnitOfWork.SaveCount, Is.Zero);
            Assert.That(fakes.Tokens.IssuedFor, Is.Empty);
        });
    }

    [Test]
    public void Rejects_an_invalid_email_that_bypassed_validation_and_saves_nothing()
    {
        var error = Assert.ThrowsAsync<DomainException>(async () =>
            await handler.Handle(new RegisterCommand("Ana <ana@example.com>", TestUsers.Password, "Ana"), CancellationToken.None));

        Assert.Multiple(() =>
        {
            Assert.That(error.Code, Is.EqualTo("invalid_email"));
            Assert.That(fakes.Users.Added, Is.Empty);
            Assert.That(fakes.UnitOfWork.SaveCount, Is.Zero);
        });
    }
}
