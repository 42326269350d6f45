using ResumeExport.Application.Auth.Login;
using ResumeExport.Application.Common.Exceptions;
using ResumeExport.Application.Common.Ports.Identity;
using ResumeExport.Application.UnitTests.Fakes;
using ResumeExport.Domain.Users;

namespace ResumeExport.Application.UnitTests.Auth.Login;

/// <remarks>One instance per test: the fakes in the fields hold state.</remarks>
[FixtureLifeCycle(LifeCycle.InstancePerTestCase)]
public sealed class LoginCommandHandlerTests
{
    private readonly HandlerFixture fakes = new();
    private LoginCommandHandler handler = null!;
    private User ana = null!;

    [SetUp]
    public void SetUp()
    {
        handler = new LoginCommandHandler(fakes.Users, fakes.Hasher, fakes.Sessions, fakes.UnitOfWork);
        ana = TestUsers.Ana("Ana@Example.com");
        fakes.Users.Seed(ana);
    }

    [Test]
    public async Task Returns_an_access_token_and_stores_one_refresh_token_for_the_right_password()
    {
        var response = await handler.Handle(new LoginCommand("Ana@Example.com", TestUsers.Password), CancellationToken.None);

        Assert.Multiple(() =>
        {
            Assert.That(response.AccessToken, Is.EqualTo(FakeAccessTokenIssuer.TokenFor(ana)));
            Assert.That(response.ExpiresAt, Is.EqualTo(FakeAccessTokenIssuer.ExpiresAt));
            Assert.That(response.User.Id, Is.EqualTo(ana.Id));
            Assert.That(fakes.UnitOfWork.SaveCount, Is.EqualTo(1), "the refresh token");
            Assert.That(fakes.RefreshTokens.Stored, Has.Count.EqualTo(1));
        });
    }

    [TestCase("ana@example.com")]
    [TestCase("ANA@EXAMPLE.COM")]
    [TestCase("  Ana@Example.com ")]
    public async Task Finds_the_account_whatever_the_case_and_surrounding_spaces_of_the_email(string email)
    {
        var response = await handler.Handle(new LoginCommand(email, TestUsers.Password), CancellationToken.None);

        Assert.That(response.User.Id, Is.EqualTo(ana.Id));
    }

    [Test]
    public void Rejects_an_unknown_email_and_a_wrong_password_with_the_same_message()
    {
        var unknown = Assert.ThrowsAsync<UnauthorizedException>(async () =>
            await handler.Handle(new LoginCommand("nobody@example.com", TestUsers.Password), CancellationToken.None));
        var wrongPassword = Assert.ThrowsAsync<UnauthorizedException>(async () =>
            await handler.Handle(new LoginCommand("ana@example.com", "not the password"), CancellationToken.None));

        Assert.Multiple(() =>
        {
            Assert.That(unknown.Message, Is.Not.Empty);
            Assert.That(wrongPassword.Message, Is.EqualTo(unknown.Message));
            Assert.That(fakes.Tokens.IssuedFor, Is.Empty);
            Assert.That(fakes.UnitOfWork.SaveCount, Is.Zero);
        });
    }

    [Test]
    public void An_unknown_email_costs_the_same_one_verification_and_no_hash_as_a_wrong_password()
    {
        var before = (fakes.Hasher.HashCalls, fakes.Hasher.VerifyCalls);
        Assert.ThrowsAsync<UnauthorizedException>(async () =>
            await handler.Handle(new LoginCommand("nobody@example.com", TestUsers.Password), CancellationToken.None));
        var unknown = (fakes.Hasher.HashCalls - before.HashCalls, fakes.Hasher.VerifyCalls - before.VerifyCalls);

        before = (fakes.Hasher.HashCalls, fakes.Hasher.VerifyCalls);
        Assert.ThrowsAsync<UnauthorizedException>(async () =>
            await handler.Handle(new LoginCommand("ana@example.com", "not the password"), CancellationToken.None));
        var wrongPassword = (fakes.Hasher.HashCalls - before.HashCalls, fakes.Hasher.VerifyCalls - before.VerifyCalls);

        Assert.That(unknown, Is.EqualTo((0, 1)));
        Assert.That(wrongPassword, Is.EqualTo(unknown));
    }

    [Test]
    public void Rejects_a_wrong_password_even_when_the_hasher_would_ask_for_a_rehash()
    {
        fakes.Hasher.Outcome = PasswordCheck.SucceededRehashNeeded;

        Assert.ThrowsAsync<UnauthorizedException>(async () =>
            await handler.Handle(new LoginCommand("ana@example.com", "not the password"), CancellationToken.None));
        Assert.That(fakes.UnitOfWork.SaveCount, Is.Zero);
    }

    [Test]
    public async Task Stores_a_fresh_hash_and_saves_when_the_hash_was_made_with_older_parameters()
    {
        var legacy = TestUsers.Ana("legacy@example.com", FakePasswordHasher.LegacyPrefix);
        fakes.Users.Seed(legacy);
        fakes.Hasher.Outcome = PasswordCheck.SucceededRehashNeeded;

        var response = await handler.Handle(new LoginCommand("legacy@example.com", TestUsers.Password), CancellationToken.None);

        Assert.Multiple(() =>
        {
            Assert.That(legacy.PasswordHash, Is.EqualTo(FakePasswordHasher.Prefix + TestUsers.Password));
            Assert.That(fakes.UnitOfWork.SaveCount, Is.EqualTo(1));
            Assert.That(response.AccessToken, Is.EqualTo(FakeAccessTokenIssuer.TokenFor(legacy)));
        });
    }
}
