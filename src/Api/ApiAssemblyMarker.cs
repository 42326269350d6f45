namespace ResumeExport.Api;

/// <summary>A type to name the API assembly by, e.g. for WebApplicationFactory in integration tests.</summary>
public sealed class ApiAssemblyMarker
{
    private ApiAssemblyMarker()
    {
    }
}
