using ResumeExport.Application.Auth.Common;
using ResumeExport.Application.Auth.Refresh;
using ResumeExport.Application.Common.Exceptions;
using ResumeExport.Application.UnitTests.Fakes;
using ResumeExport.Domain.Users;

namespace ResumeExport.Application.UnitTests.Auth.Refresh;

[FixtureLifeCycle(LifeCycle.InstancePerTestCase)]
public sealed class RefreshSessionCommandHandlerTests
{
    private readonly HandlerFixture fakes = new();
    private RefreshSessionCommandHandler handler = null!;
    private User ana = null!;

    [SetUp]
    public void SetUp()
    {
        handler = new RefreshSessionCommandHandler(fakes.RefreshTokens, fakes.Users, fakes.Sessions, fakes.UnitOfWork, fakes.Clock);
        ana = TestUsers.Ana("Ana@Example.com");
        fakes.Users.Seed(ana);
    }

    [Test]
    public async Task A_refresh_hands_out_a_new_token_in_the_same_family_and_spends_the_old_one()
    {
        var login = fakes.Sessions.Start(ana);

        var refreshed = await handler.Handle(new RefreshSessionCommand(login.RefreshToken), CancellationToken.None);

        Assert.That(refreshed.RefreshToken, Is.Not.EqualTo(login.RefreshToken));
        Assert.That(fakes.RefreshTokens.Stored.Select(t => t.FamilyId).Distinct().Count(), Is.EqualTo(1));
        Assert.That(fakes.RefreshTokens.Stored[0].UsedAt, Is.EqualTo(fakes.Clock.GetUtcNow()));
        Assert.That(fakes.RefreshTokens.Stored.All(t => t.TokenHash != login.RefreshToken), "only hashes are stored");
    }

    [Test]
    public async Task Spending_a_token_and_storing_its_successor_commit_in_one_transaction()
    {
        var login = fakes.Sessions.Start(ana);

        await handler.Handle(new RefreshSessionCommand(login.RefreshToken), CancellationToken.None);

        Assert.That((fakes.UnitOfWork.TransactionCount, fakes.UnitOfWork.SavesInTransaction), Is.EqualTo((1, 1)));
    }

    [Test]
    public async Task Presenting_a_spent_token_revokes_the_family_and_is_a_401()
    {
        var login = fakes.Sessions.Start(ana);
        var refreshed = await handler.Handle(new RefreshSessionCommand(login.RefreshToken), CancellationToken.None);

        Assert.ThrowsAsync<UnauthorizedException>(async () => await handler.Handle(new RefreshSessionCommand(login.RefreshToken), CancellationToken.None));
        Assert.That(fakes.RefreshTokens.Stored.All(t => t.RevokedAt is not null));
        Assert.ThrowsAsync<UnauthorizedException>(async () => await handler.Handle(new RefreshSessionCommand(refreshed.RefreshToken), CancellationToken.None));
    }

    [Test]
    public void A_token_idle_past_its_lifetime_is_a_401()
    {
        var login = fakes.Sessions.Start(ana);
        fakes.Clock.Advance(new SessionOptions().IdleLifetime);

        Assert.ThrowsAsync<UnauthorizedException>(async () => await handler.Handle(new RefreshSessionCommand(login.RefreshToken), CancellationToken.None));
    }

    [Test]
    public async Task Refreshing_never_extends_a_session_past_its_absolute_lifetime()
    {
        var options = new SessionOptions();
        var token = fakes.Sessions.Start(ana).RefreshToken;
        while (fakes.Clock.GetUtcNow() + options.IdleLifetime < TestClock.Now + options.AbsoluteLifetime)
        {
            fakes.Clock.Advance(options.IdleLifetime - TimeSpan.FromMinutes(1));
            token = (await handler.Handle(new RefreshSessionCommand(token), CancellationToken.None)).RefreshToken;
        }

        fakes.Clock.SetUtcNow(TestClock.Now + options.AbsoluteLifetime);

        Assert.ThrowsAsync<UnauthorizedException>(async () => await handler.Handle(new RefreshSessionCommand(token), CancellationToken.None));
    }

    [Test]
    public void An_unknown_token_is_a_401_and_revokes_nothing()
    {
        fakes.Sessions.Start(ana);

        Assert.ThrowsAsync<UnauthorizedException>(async () => await handler.Handle(new RefreshSessionCommand("garbage"), CancellationToken.None));
        Assert.That(fakes.RefreshTokens.Stored.All(t => t.RevokedAt is null));
    }
}
