namespace ResumeExport.Adapters.Rendering;

/// <summary>The browser died or could not be started; the render may succeed once the pool relaunches it.</summary>
internal sealed class ChromiumUnavailableException(string message, Exception? inner = null) : Exception(message, inner);
