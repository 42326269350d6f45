using ResumeExport.Domain.Users;

namespace ResumeExport.Application.Common.Ports.Identity;

public interface IAccessTokenIssuer
{
    /// <param name="sessionId">The refresh-token family, carried as the <c>sid</c> claim.</param>
    AccessToken Issue(User user, Guid sessionId);
}
