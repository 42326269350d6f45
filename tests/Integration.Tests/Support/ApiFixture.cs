namespace ResumeExport.Integration.Tests.Support;

/// <summary>An <see cref="IntegrationFixture"/> with one real API on Kestrel for the whole class, started with <see cref="Settings"/>.</summary>
public abstract class ApiFixture : IntegrationFixture
{
    protected ApiFactory Api { get; private set; } = null!;

    /// <summary>Settings over <see cref="TestSettings"/> for this class's API; none by default.</summary>
    protected virtual IDictionary<string, string?>? Settings => null;

    [OneTimeSetUp]
    public void StartApi() => Api = new ApiFactory(ConnectionString, VirtualHost, Settings);

    [OneTimeTearDown]
    public async Task StopApiAsync() => await Api.DisposeAsync();
}
