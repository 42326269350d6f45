using Mediator;
using ResumeExport.Application.Common.Exceptions;
using ResumeExport.Application.Common.Ports.Identity;
using ResumeExport.Application.Common.Ports.Persistence;

namespace ResumeExport.Application.Users.GetCurrentUser;

public sealed record GetCurrentUserQuery : IQuery<UserResponse>;

public sealed class GetCurrentUserQueryHandler(ICurrentUser currentUser, IUserRepository users)
    : IQueryHandler<GetCurrentUserQuery, UserResponse>
{
    public async ValueTask<UserResponse> Handle(GetCurrentUserQuery query, CancellationToken cancellationToken)
    {
        var userId = currentUser.RequiredUserId;
        var user = await users.FindByIdAsync(userId, cancellationToken)
            ?? throw new NotFoundException("User", userId);
        return UserResponse.From(user);
    }
}
