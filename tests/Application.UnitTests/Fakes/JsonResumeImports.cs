using System.Text.Json.Nodes;
using Microsoft.Extensions.Options;
using ResumeExport.Application.Resumes.Common;
using ResumeExport.Application.Resumes.CreateResume;
using ResumeExport.Application.Resumes.ImportJsonResume;

namespace ResumeExport.Application.UnitTests.Fakes;

/// <summary>Runs the import use case over in-memory fakes, with the real create validator and resume creator.</summary>
internal static class JsonResumeImports
{
    public static async Task<ImportJsonResumeResponse> ImportAsync(
        FakeCurrentUser currentUser, InMemoryUserRepository users, InMemoryResumeRepository resumes, JsonNode document, string? templateKey = null,
        InMemoryResumeVersionRepository? versions = null)
    {
        var templates = new InMemoryTemplateCatalog();
        var lookup = new ResumeTemplateLookup(templates); // one per request, as the container scopes it
        var creator = new ResumeCreator(
            currentUser, TestPlans.Snapshots(users, new FakePlanUsageReader(resumes)), resumes, versions ?? new InMemoryResumeVersionRepository(), new ResumePlanGuard(lookup),
            new RecordingSystemLog(), new CountingUnitOfWork(), TestClock.At());
        var validator = new CreateResumeCommandValidator(lookup, Options.Create(new ResumeOptions()));
        return await new ImportJsonResumeCommandHandler(validator, creator, templates)
            .Handle(new ImportJsonResumeCommand(JsonResumeDocuments.Element(document), templateKey), CancellationToken.None);
    }
}
