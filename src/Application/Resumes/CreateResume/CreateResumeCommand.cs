using Mediator;
using ResumeExport.Application.Resumes.Common;

namespace ResumeExport.Application.Resumes.CreateResume;

public sealed record CreateResumeCommand(
    string Title, string TemplateKey, IReadOnlyList<SectionDto> Sections, BasicsDto? Basics = null, string? Language = null)
    : ICommand<ResumeResponse>, IResumeContent;

public sealed class CreateResumeCommandHandler(ResumeCreator creator) : ICommandHandler<CreateResumeCommand, ResumeResponse>
{
    public async ValueTask<ResumeResponse> Handle(CreateResumeCommand command, CancellationToken cancellationToken) =>
        await creator.CreateAsync(command, cancellationToken);
}
