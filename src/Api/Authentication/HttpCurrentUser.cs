using ResumeExport.Adapters.Identity;
using ResumeExport.Application.Common.Exceptions;
using ResumeExport.Application.Common.Ports.Identity;

namespace ResumeExport.Api.Authentication;

/// <summary>The caller from the validated bearer token.</summary>
internal sealed class HttpCurrentUser(IHttpContextAccessor accessor) : ICurrentUser
{
    public Guid? UserId =>
        Guid.TryParse(accessor.HttpContext?.User.FindFirst(JwtClaims.Subject)?.Value, out var id) ? id : null;

    public bool IsAdmin => accessor.HttpContext?.User.IsInRole(JwtClaims.AdminRole) ?? false;

    public Guid RequiredUserId => UserId ?? throw new UnauthorizedException("Sign in to do this.");
}
