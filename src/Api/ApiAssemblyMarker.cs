namespace ResumeExport.Api;

/// <summary>Names the API assembly for tools that need a type from it, such as WebApplicationFactory in the integration tests.</summary>
public sealed class ApiAssemblyMarker
{
    private ApiAssemblyMarker()
    {
    }
}
