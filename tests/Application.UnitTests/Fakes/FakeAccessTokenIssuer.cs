using ResumeExport.Application.Common.Ports.Identity;
using ResumeExport.Domain.Users;

namespace ResumeExport.Application.UnitTests.Fakes;

internal sealed class FakeAccessTokenIssuer : IAccessTokenIssuer
{
    public static DateTimeOffset ExpiresAt { get; } = new(2026, 11, 26, 10, 30, 0, TimeSpan.Zero);

    public List<User> IssuedFor { get; } = [];

    public static string TokenFor(User user) => $"token-for-{user.Id}";

    public AccessToken Issue(User user, Guid sessionId)
    {
        IssuedFor.Add(user);
        return new AccessToken(TokenFor(user), ExpiresAt);
    }
}
