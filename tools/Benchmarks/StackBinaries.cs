namespace ResumeExport.Benchmarks;

/// <summary>The Release builds the benchmark starts: <c>dotnet &lt;dll&gt;</c> for each process.</summary>
internal sealed record StackBinaries(string Api, string Pdf, string Email);
