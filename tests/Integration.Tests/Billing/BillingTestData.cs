using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using ResumeExport.Adapters.Persistence;
using ResumeExport.Domain.Billing;
using ResumeExport.Domain.SystemLogs;

namespace ResumeExport.Integration.Tests.Billing;

/// <summary>Arranges and reads billing state straight through the application's DbContext.</summary>
public static class BillingTestData
{
    public static async Task PromoteToAdminAsync<T>(WebApplicationFactory<T> api, Guid userId)
        where T : class
    {
        await using var scope = api.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var user = await db.Users.SingleAsync(u => u.Id == userId);
        user.PromoteToAdmin();
        await db.SaveChangesAsync();
    }

    public static async Task<string> PlanOfAsync<T>(WebApplicationFactory<T> api, Guid userId)
        where T : class
    {
        await using var scope = api.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        return await db.Users.AsNoTracking().Where(u => u.Id == userId).Select(u => u.PlanCode).SingleAsync();
    }

    public static async Task<int> PlanChangesOfAsync<T>(WebApplicationFactory<T> api, Guid userId)
        where T : class
    {
        await using var scope = api.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        return await db.SystemLogs.CountAsync(l => l.UserId == userId && l.Action == SystemLogActions.PlanChanged);
    }

    public static async Task<IReadOnlyList<BillingWebhookEvent>> StoredEventsAsync<T>(WebApplicationFactory<T> api, string provider, string providerEventId)
        where T : class
    {
        await using var scope = api.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        return await db.Set<BillingWebhookEvent>().AsNoTracking()
            .Where(e => e.Provider == provider && e.ProviderEventId == providerEventId).ToListAsync();
    }
}
