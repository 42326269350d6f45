namespace ResumeExport.ServiceDefaults;

public static class HealthTags
{
    /// <summary>Checks that must pass before a process gets traffic or messages (PostgreSQL, RabbitMQ; Chromium in the PDF worker).</summary>
    public const string Ready = "ready";
}
