namespace ResumeExport.Application.Common.Ports.Identity;

/// <summary>Who is calling. Every query is scoped with <see cref="UserId"/>; hosts without a caller (workers) have none.</summary>
public interface ICurrentUser
{
    Guid? UserId { get; }

    bool IsAdmin { get; }

    /// <summary>The caller's id, or an <see cref="Exceptions.UnauthorizedException"/> when nobody is signed in.</summary>
    Guid RequiredUserId { get; }
}
