using ResumeExport.Application.Common.Ports;
using ResumeExport.Domain.Plans;

namespace ResumeExport.Application.Resumes.Common;

/// <summary>The plan checks that create and update share: section count and premium templates.</summary>
public sealed class ResumePlanGuard(IPlanCatalog plans, ITemplateCatalog templates)
{
    /// <returns>The plan's limits, for further checks by the caller.</returns>
    public async Task<PlanLimit> CheckContentAsync(string planCode, IResumeContent content, bool templateChanged, CancellationToken cancellationToken)
    {
        var limit = (await plans.GetAsync(planCode, cancellationToken)).Limit;
        PlanLimitPolicy.CanHaveSections(limit, content.Sections.Count).ThrowIfExceeded();
        if (templateChanged)
        {
            // A downgraded user keeps editing a resume on a premium template, but cannot switch one onto it.
            var template = await templates.FindAsync(content.TemplateKey, cancellationToken);
            PlanLimitPolicy.CanUseTemplate(limit, template?.IsPremium ?? false).ThrowIfExceeded();
        }

        return limit;
    }
}
