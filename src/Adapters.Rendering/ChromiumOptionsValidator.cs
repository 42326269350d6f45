using Microsoft.Extensions.Options;

namespace ResumeExport.Adapters.Rendering;

/// <summary>Fails start-up when the browser is not installed, instead of failing every export later.</summary>
internal sealed class ChromiumOptionsValidator : IValidateOptions<ChromiumOptions>
{
    public ValidateOptionsResult Validate(string? name, ChromiumOptions options) =>
        !string.IsNullOrWhiteSpace(options.ExecutablePath) && File.Exists(options.ExecutablePath)
            ? ValidateOptionsResult.Success
            : ValidateOptionsResult.Fail(
                $"Chromium:ExecutablePath '{options.ExecutablePath}' does not exist. Install Debian's chromium-headless-shell package "
                + "(`bash deploy/services/up.sh chromium`) or set Chromium__ExecutablePath to the browser's path.");
}
