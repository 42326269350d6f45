namespace ResumeExport.Integration.Tests.Support;

/// <summary>A fresh database and RabbitMQ virtual host per test class, removed afterwards, so classes never see each other's data.</summary>
public abstract class IntegrationFixture
{
    protected string ConnectionString { get; private set; } = string.Empty;

    protected string VirtualHost { get; private set; } = string.Empty;

    [OneTimeSetUp]
    public async Task CreateIsolatedServicesAsync()
    {
        ConnectionString = await TestServices.CreateDatabaseAsync();
        VirtualHost = await TestServices.CreateVirtualHostAsync();
    }

    [OneTimeTearDown]
    public async Task RemoveIsolatedServicesAsync()
    {
        await TestServices.DropDatabaseAsync(ConnectionString);
        await TestServices.DeleteVirtualHostAsync(VirtualHost);
    }
}
