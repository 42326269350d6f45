using System.Net;
using System.Net.Http.Json;
using Npgsql;
using ResumeExport.Integration.Tests.Resumes;
using ResumeExport.Integration.Tests.Support;

namespace ResumeExport.Integration.Tests.Persistence;

/// <summary>At most one default resume per user, kept by the use cases and guaranteed by a partial unique index.</summary>
public sealed class DefaultResumeInvariantTests : IntegrationFixture
{
    private ApiFactory api = null!;

    [OneTimeSetUp]
    public void StartApi() => api = new ApiFactory(ConnectionString, VirtualHost);

    [OneTimeTearDown]
    public async Task StopApiAsync() => await api.DisposeAsync();

    [Test]
    public async Task Patch_default_makes_one_default_and_clears_the_rest()
    {
        var (client, userId) = await ProUserAsync();
        var ids = await CreateResumesAsync(client, 3);

        var response = await client.PatchAsync($"/api/resumes/{ids[2]}/default", null);

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(await DefaultsOfAsync(userId), Is.EqualTo(new[] { Guid.Parse(ids[2]) }));
    }

    [Test]
    public async Task Concurrent_patches_leave_exactly_one_default()
    {
        var (client, userId) = await ProUserAsync();
        var ids = await CreateResumesAsync(client, 4);

        for (var round = 0; round < 5; round++)
        {
            var responses = await Task.WhenAll(ids.Select(id => client.PatchAsync($"/api/resumes/{id}/default", null)));

            Assert.That(responses.Select(r => r.StatusCode), Is.All.EqualTo(HttpStatusCode.OK));
            Assert.That(await DefaultsOfAsync(userId), Has.Length.EqualTo(1));
        }
    }

    [Test]
    public async Task Deleting_the_default_promotes_the_most_recently_updated_remaining_resume()
    {
        var (client, userId) = await ProUserAsync();
        var ids = await CreateResumesAsync(client, 3);
        var touched = await client.PutAsJsonAsync($"/api/resumes/{ids[1]}", ResumeSamples.Classic("Touched last"));
        Assert.That(touched.StatusCode, Is.EqualTo(HttpStatusCode.OK));

        var deleted = await client.DeleteAsync($"/api/resumes/{ids[0]}");

        Assert.That(deleted.StatusCode, Is.EqualTo(HttpStatusCode.NoContent));
        Assert.That(await DefaultsOfAsync(userId), Is.EqualTo(new[] { Guid.Parse(ids[1]) }));
    }

    [Test]
    public async Task Deleting_a_non_default_resume_keeps_the_default()
    {
        var (client, userId) = await ProUserAsync();
        var ids = await CreateResumesAsync(client, 2);

        await client.DeleteAsync($"/api/resumes/{ids[1]}");

        Assert.That(await DefaultsOfAsync(userId), Is.EqualTo(new[] { Guid.Parse(ids[0]) }));
    }

    [Test]
    public async Task The_database_refuses_a_second_default_even_without_the_api()
    {
        var (client, userId) = await ProUserAsync();
        var ids = await CreateResumesAsync(client, 2);

        await using var connection = new NpgsqlConnection(ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand($"UPDATE resumes SET is_default = true WHERE id = '{ids[1]}'", connection);
        var failure = Assert.ThrowsAsync<PostgresException>(() => command.ExecuteNonQueryAsync());

        Assert.That(failure!.SqlState, Is.EqualTo(PostgresErrorCodes.UniqueViolation));
        Assert.That(failure.ConstraintName, Is.EqualTo("ux_resumes_one_default_per_user"));
        Assert.That(await DefaultsOfAsync(userId), Is.EqualTo(new[] { Guid.Parse(ids[0]) }));
    }

    private async Task<(HttpClient Client, Guid UserId)> ProUserAsync()
    {
        var client = api.CreateClient();
        var (token, userId) = await ApiClient.RegisterAsync(client);
        await TestData.MovePlanAsync(api, userId, "pro");
        return (client.Authorize(token), userId);
    }

    private static async Task<string[]> CreateResumesAsync(HttpClient client, int count)
    {
        var ids = new List<string>();
        for (var i = 0; i < count; i++)
        {
            ids.Add((await ResumesApiTests.PostResumeAsync(client, ResumeSamples.Classic($"Resume {i}")))["id"]!.GetValue<string>());
        }

        return [.. ids];
    }

    private async Task<Guid[]> DefaultsOfAsync(Guid userId)
    {
        await using var connection = new NpgsqlConnection(ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand($"SELECT id FROM resumes WHERE user_id = '{userId}' AND is_default", connection);
        await using var reader = await command.ExecuteReaderAsync();
        var ids = new List<Guid>();
        while (await reader.ReadAsync())
        {
            ids.Add(reader.GetGuid(0));
        }

        return [.. ids];
    }
}
