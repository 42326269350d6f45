using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using ResumeExport.Infrastructure.Persistence;

namespace ResumeExport.Integration.Tests.Support;

/// <summary>Arranges state the API has no endpoint for (yet), straight through the application's DbContext.</summary>
public static class TestData
{
    public static async Task MovePlanAsync(ApiFactory api, Guid userId, string planCode)
    {
        await using var scope = api.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var user = await db.Users.SingleAsync(u => u.Id == userId);
        user.MoveToPlan(planCode);
        await db.SaveChangesAsync();
    }

    /// <summary>A new user promoted to admin, signed in again afterwards (the role travels in the token).</summary>
    public static async Task<HttpClient> AdminClientAsync(ApiFactory api)
    {
        var client = api.CreateClient();
        var email = $"admin-{Guid.NewGuid():N}@example.com";
        var (_, userId) = await ApiClient.RegisterAsync(client, email);
        await using (var scope = api.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
            (await db.Users.SingleAsync(u => u.Id == userId)).PromoteToAdmin();
            await db.SaveChangesAsync();
        }

        var login = await ApiClient.ReadJsonAsync(await client.PostAsJsonAsync("/api/auth/login", new { email, password = ApiClient.Password }));
        return client.Authorize(login["accessToken"]!.GetValue<string>());
    }
}
