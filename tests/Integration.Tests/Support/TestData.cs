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

    /// <summary>A client signed in as a new user on <paramref name="planCode"/>.</summary>
    public static async Task<HttpClient> SignedInClientAsync(ApiFactory api, string planCode = "free")
    {
        var client = api.CreateClient();
        var (token, userId) = await ApiClient.RegisterAsync(client);
        if (planCode != "free")
        {
            await MovePlanAsync(api, userId, planCode);
        }

        return client.Authorize(token);
    }
}
