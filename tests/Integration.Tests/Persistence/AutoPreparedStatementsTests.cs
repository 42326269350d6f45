using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using ResumeExport.Adapters.Persistence;
using ResumeExport.Integration.Tests.Support;

namespace ResumeExport.Integration.Tests.Persistence;

/// <summary>
/// A statement the app runs again and again is prepared on its connection (decision 42), so PostgreSQL no longer parses
/// and plans it each time; <c>Database:MaxAutoPrepare</c> 0 turns that off. Read from <c>pg_prepared_statements</c>,
/// which shows only the session's own statements, on the connection the queries ran on.
/// </summary>
public sealed class AutoPreparedStatementsTests : IntegrationFixture
{
    [Test]
    public async Task A_query_run_six_times_is_then_a_prepared_statement_of_its_connection()
    {
        var prepared = await PreparedAfterRepeatedQueryAsync(new Dictionary<string, string?>());

        Assert.That(prepared, Has.Some.Contains("users"), "the repeated query among the connection's prepared statements");
    }

    [Test]
    public async Task With_Database_MaxAutoPrepare_zero_nothing_is_prepared()
    {
        var prepared = await PreparedAfterRepeatedQueryAsync(new Dictionary<string, string?> { ["Database:MaxAutoPrepare"] = "0" });

        Assert.That(prepared, Is.Empty);
    }

    private async Task<IReadOnlyList<string>> PreparedAfterRepeatedQueryAsync(Dictionary<string, string?> overrides)
    {
        await using var api = new ApiFactory(ConnectionString, VirtualHost, overrides);
        await using var scope = api.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();

        // One physical connection for the whole scope: prepared statements belong to it.
        await db.Database.OpenConnectionAsync();
        for (var i = 0; i < 6; i++)
        {
            await db.Users.AsNoTracking().CountAsync(u => u.Email != "nobody@example.test");
        }

        return await db.Database.SqlQueryRaw<string>("SELECT statement AS \"Value\" FROM pg_prepared_statements").ToListAsync();
    }
}
