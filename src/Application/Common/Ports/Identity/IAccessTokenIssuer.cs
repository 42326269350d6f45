using ResumeExport.Domain.Users;

namespace ResumeExport.Application.Common.Ports.Identity;

public interface IAccessTokenIssuer
{
    AccessToken Issue(User user);
}
