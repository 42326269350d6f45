using ResumeExport.Application.Common.Exceptions;
using ResumeExport.Application.Common.Ports.Identity;

namespace ResumeExport.Application.UnitTests.Fakes;

internal sealed class FakeCurrentUser : ICurrentUser
{
    public Guid? UserId { get; set; }

    public bool IsAdmin { get; set; }

    public Guid RequiredUserId => UserId ?? throw new UnauthorizedException("Nobody is signed in.");
}
