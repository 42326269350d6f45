using Microsoft.Extensions.Options;

namespace ResumeExport.Adapters.Previews;

/// <summary>Fails start-up when <c>mutool</c> is not installed, instead of failing every first view of a preview later.</summary>
internal sealed class PreviewOptionsValidator : IValidateOptions<PreviewOptions>
{
    public ValidateOptionsResult Validate(string? name, PreviewOptions options) =>
        !string.IsNullOrWhiteSpace(options.MutoolPath) && File.Exists(options.MutoolPath)
            ? ValidateOptionsResult.Success
            : ValidateOptionsResult.Fail(
                $"Previews:MutoolPath '{options.MutoolPath}' does not exist. Install the mupdf-tools package "
                + "(`bash deploy/services/up.sh chromium` does) or set Previews__MutoolPath to mutool's path.");
}
