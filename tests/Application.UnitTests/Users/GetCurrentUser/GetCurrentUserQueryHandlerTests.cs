using ResumeExport.Application.Common.Exceptions;
using ResumeExport.Application.UnitTests.Fakes;
using ResumeExport.Application.Users.GetCurrentUser;

namespace ResumeExport.Application.UnitTests.Users.GetCurrentUser;

public sealed class GetCurrentUserQueryHandlerTests
{
    private readonly InMemoryUserRepository users = new();
    private readonly FakeCurrentUser currentUser = new();

    [Test]
    public async Task Returns_the_signed_in_user()
    {
        var ana = TestUsers.SignedIn(users, currentUser);

        var response = await new GetCurrentUserQueryHandler(currentUser, users).Handle(new GetCurrentUserQuery(), CancellationToken.None);

        Assert.Multiple(() =>
        {
            Assert.That(response.Id, Is.EqualTo(ana.Id));
            Assert.That(response.Email, Is.EqualTo(ana.Email));
            Assert.That(response.DisplayName, Is.EqualTo("Ana"));
            Assert.That(response.Role, Is.EqualTo("user"));
            Assert.That(response.PlanCode, Is.EqualTo("free"));
        });
    }

    [Test]
    public async Task Reports_an_admin_with_the_admin_role()
    {
        var ana = TestUsers.Ana();
        ana.PromoteToAdmin();
        users.Seed(ana);
        currentUser.UserId = ana.Id;

        var response = await new GetCurrentUserQueryHandler(currentUser, users).Handle(new GetCurrentUserQuery(), CancellationToken.None);

        Assert.That(response.Role, Is.EqualTo("admin"));
    }

    [Test]
    public void Reports_a_signed_in_user_whose_account_no_longer_exists_as_not_found()
    {
        currentUser.UserId = Guid.NewGuid();

        var error = Assert.ThrowsAsync<NotFoundException>(async () =>
            await new GetCurrentUserQueryHandler(currentUser, users).Handle(new GetCurrentUserQuery(), CancellationToken.None));

        Assert.That(error.Resource, Is.EqualTo("User"));
    }

    [Test]
    public void Rejects_a_caller_who_is_not_signed_in() =>
        Assert.ThrowsAsync<UnauthorizedException>(async () =>
            await new GetCurrentUserQueryHandler(currentUser, users).Handle(new GetCurrentUserQuery(), CancellationToken.None));
}
