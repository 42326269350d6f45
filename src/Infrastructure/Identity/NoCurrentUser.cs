using ResumeExport.Application.Common.Exceptions;
using ResumeExport.Application.Common.Ports.Identity;

namespace ResumeExport.Infrastructure.Identity;

/// <summary>The caller in a worker: nobody. Use cases that need a user get it from the message instead.</summary>
internal sealed class NoCurrentUser : ICurrentUser
{
    public Guid? UserId => null;

    public bool IsAdmin => false;

    public Guid RequiredUserId => throw new UnauthorizedException("No user is signed in.");
}
