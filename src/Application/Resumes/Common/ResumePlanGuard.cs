using ResumeExport.Domain.Plans;

namespace ResumeExport.Application.Resumes.Common;

/// <summary>The plan checks that create and update share: section count and premium templates.</summary>
public sealed class ResumePlanGuard(ResumeTemplateLookup templates)
{
    /// <param name="previousSectionCount">For an update, the sections the resume has now: a resume already over the cap
    /// after a downgrade stays editable as long as the edit does not add sections.</param>
    public async Task CheckContentAsync(
        PlanLimit limit, IResumeContent content, bool templateChanged, int previousSectionCount, CancellationToken cancellationToken)
    {
        if (content.Sections.Count > previousSectionCount)
        {
            PlanLimitPolicy.CanHaveSections(limit, content.Sections.Count).ThrowIfExceeded();
        }

        if (templateChanged)
        {
            // A downgraded user keeps editing a resume on a premium template, but cannot switch one onto it. The content
            // validator already looked this key up in the same request, so this is answered from the lookup.
            var template = await templates.FindAsync(content.TemplateKey, cancellationToken);
            PlanLimitPolicy.CanUseTemplate(limit, template?.IsPremium ?? false).ThrowIfExceeded();
        }
    }
}
