using System.Net;
using Npgsql;
using ResumeExport.Integration.Tests.Support;

namespace ResumeExport.Integration.Tests.Persistence;

/// <summary>
/// A process never holds more PostgreSQL connections than <c>Database:MaxPoolSize</c>, however many requests it serves at
/// once: the extra requests wait for a connection instead of opening one (the replicas × pool budget of docs/reliability.md).
/// </summary>
[NonParallelizable]
public sealed class ConnectionPoolBoundTests : IntegrationFixture
{
    private const string ApplicationName = "pool-bound-test";

    [Test]
    public async Task Forty_concurrent_requests_share_a_pool_of_three_connections()
    {
        var unbounded = new NpgsqlConnectionStringBuilder(ConnectionString) { ApplicationName = ApplicationName };
        unbounded.Remove("Maximum Pool Size");
        await using var api = new ApiFactory(ConnectionString, VirtualHost, new Dictionary<string, string?>
        {
            ["ConnectionStrings:Postgres"] = unbounded.ConnectionString,
            ["Database:MaxPoolSize"] = "3",
        });
        using var client = api.CreateClient();
        var (token, _) = await ApiClient.RegisterAsync(client);
        client.Authorize(token);

        using var sampling = new CancellationTokenSource();
        var peak = SamplePeakAsync(sampling.Token);
        var responses = await Task.WhenAll(Enumerable.Range(0, 40).Select(_ => client.GetAsync("/api/users/me/plan-usage")));
        await sampling.CancelAsync();

        Assert.That(responses.Select(r => r.StatusCode), Is.All.EqualTo(HttpStatusCode.OK));
        Assert.That(await peak, Is.InRange(1, 3), "connections of the API process at once");
    }

    private async Task<int> SamplePeakAsync(CancellationToken cancellationToken)
    {
        await using var connection = new NpgsqlConnection(TestServices.PostgresAdminConnectionString);
        await connection.OpenAsync(CancellationToken.None);
        var peak = 0;
        while (!cancellationToken.IsCancellationRequested)
        {
            await using var command = new NpgsqlCommand("SELECT count(*)::int FROM pg_stat_activity WHERE application_name = @name", connection);
            command.Parameters.AddWithValue("name", ApplicationName);
            peak = Math.Max(peak, (int)(await command.ExecuteScalarAsync(CancellationToken.None))!);
            await Task.Delay(5, CancellationToken.None);
        }

        return peak;
    }
}
