using ResumeExport.Domain.Plans;

namespace ResumeExport.Application.Resumes.Common;

/// <summary>The plan checks that create and update share: section count and premium templates.</summary>
public sealed class ResumePlanGuard(ResumeTemplateLookup templates)
{
    /// <param name="previousSectionCount">A resume over the cap after a downgrade stays editable if no sections are added.</param>
    public async Task CheckContentAsync(
        PlanLimit limit, IResumeContent content, bool templateChanged, int previousSectionCount, CancellationToken cancellationToken)
    {
        if (content.Sections.Count > previousSectionCount)
        {
            PlanLimitPolicy.CanHaveSections(limit, content.Sections.Count).ThrowIfExceeded();
        }

        if (templateChanged)
        {
            // A downgraded user may keep, but not switch to, a premium template; the lookup is cached per request.
            var template = await templates.FindAsync(content.TemplateKey, cancellationToken);
            PlanLimitPolicy.CanUseTemplate(limit, template?.IsPremium ?? false).ThrowIfExceeded();
        }
    }
}
