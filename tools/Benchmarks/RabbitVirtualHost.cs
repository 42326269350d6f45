using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text;

namespace ResumeExport.Benchmarks;

/// <summary>A throw-away RabbitMQ virtual host <c>bench-&lt;random&gt;</c>, created and deleted through the management API (the app user is an administrator).</summary>
internal sealed class RabbitVirtualHost : IAsyncDisposable
{
    private readonly HttpClient management;

    private RabbitVirtualHost(HttpClient management, string name)
    {
        this.management = management;
        Name = name;
    }

    public string Name { get; }

    public static async Task<RabbitVirtualHost> CreateAsync(CancellationToken cancellationToken)
    {
        var host = Env("RABBITMQ_HOST", "127.0.0.1");
        var port = Env("RABBITMQ_MANAGEMENT_PORT", "15672");
        var user = Env("RABBITMQ_USER", "resume_export");
        var password = Env("RABBITMQ_PASSWORD", "resume_export");
        var management = new HttpClient
        {
            BaseAddress = new Uri($"http://{host}:{port}/api/"),
            DefaultRequestHeaders = { Authorization = new AuthenticationHeaderValue("Basic", Convert.ToBase64String(Encoding.UTF8.GetBytes($"{user}:{password}"))) },
            Timeout = TimeSpan.FromSeconds(30),
        };
        var name = "bench-" + Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(6));
        try
        {
            (await management.PutAsync($"vhosts/{name}", null, cancellationToken)).EnsureSuccessStatusCode();
            var vhost = new RabbitVirtualHost(management, name);
            (await management.PutAsJsonAsync($"permissions/{name}/{Uri.EscapeDataString(user)}", new { configure = ".*", write = ".*", read = ".*" }, cancellationToken))
                .EnsureSuccessStatusCode();
            return vhost;
        }
        catch
        {
            await management.DeleteAsync($"vhosts/{name}", CancellationToken.None);
            management.Dispose();
            throw;
        }
    }

    /// <summary>Deletes the virtual host with its queues; never throws (prints what to delete by hand instead).</summary>
    public async ValueTask DisposeAsync()
    {
        try
        {
            var response = await management.DeleteAsync($"vhosts/{Name}");
            Console.WriteLine(response.IsSuccessStatusCode ? $"deleted vhost {Name}" : $"could not delete vhost {Name}: {(int)response.StatusCode}. Delete it by hand: rabbitmqctl delete_vhost {Name}");
        }
        catch (HttpRequestException exception)
        {
            Console.Error.WriteLine($"could not delete vhost {Name}: {exception.Message}. Delete it by hand: rabbitmqctl delete_vhost {Name}");
        }
        finally
        {
            management.Dispose();
        }
    }

    private static string Env(string name, string fallback) => Environment.GetEnvironmentVariable(name) is { Length: > 0 } value ? value : fallback;
}
