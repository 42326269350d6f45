using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using ResumeExport.Adapters.Persistence;
using ResumeExport.Integration.Tests.Support;
using ResumeExport.Templates;

namespace ResumeExport.Integration.Tests.Persistence;

/// <summary>The templates package is the one template catalogue: the database holds what it says, seeded at start-up.</summary>
public sealed class TemplateSeedingTests : IntegrationFixture
{
    [Test]
    public async Task The_templates_table_is_seeded_with_exactly_the_packages_catalogue()
    {
        await using var api = new ApiFactory(ConnectionString, VirtualHost);
        api.StartServer();
        await using var scope = api.Services.CreateAsyncScope();

        var rows = await scope.ServiceProvider.GetRequiredService<AppDbContext>().Templates.AsNoTracking().ToListAsync();

        var seeded = rows.Select(t => (t.Key, t.Name, t.Version, t.IsPremium, string.Join(",", t.RequiredSections))).OrderBy(t => t.Key);
        var packaged = ResumeTemplates.All.Select(t => (t.Key, t.Name, t.Version, t.IsPremium, string.Join(",", t.RequiredSections))).OrderBy(t => t.Key);
        Assert.That(seeded, Is.EqualTo(packaged));
    }
}
