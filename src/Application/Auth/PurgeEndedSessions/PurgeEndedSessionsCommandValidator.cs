using FluentValidation;

namespace ResumeExport.Application.Auth.PurgeEndedSessions;

public sealed class PurgeEndedSessionsCommandValidator : AbstractValidator<PurgeEndedSessionsCommand>
{
    public PurgeEndedSessionsCommandValidator() => RuleFor(c => c.MaxSessions).InclusiveBetween(1, 10_000);
}
