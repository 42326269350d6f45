using System.Net.Http.Json;

namespace ResumeExport.Integration.Tests.BulkApplies;

/// <summary>Bodies and calls for <c>/api/applications/bulk</c>.</summary>
public static class BulkApplyClient
{
    public static object Body(Guid resumeId, params string[] recipients) => new
    {
        resumeId,
        applications = recipients.Select((email, i) => new
        {
            company = $"Company {i}",
            position = $"Backend Engineer {i}",
            recipientEmail = email,
            message = $"Hello Company {i},\n\nI would love to join your team.",
        }).ToArray(),
    };

    public static Task<HttpResponseMessage> PostAsync(HttpClient client, Guid resumeId, params string[] recipients) =>
        client.PostAsJsonAsync("/api/applications/bulk", Body(resumeId, recipients));

    public static string[] Recruiters(int count) =>
        Enumerable.Range(0, count).Select(i => $"recruiter-{i}-{Guid.NewGuid():N}@company{i}.example").ToArray();
}
