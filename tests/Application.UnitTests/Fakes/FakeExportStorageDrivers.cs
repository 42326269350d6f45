using ResumeExport.Application.Common.Ports.Storage;

namespace ResumeExport.Application.UnitTests.Fakes;

/// <summary>The drivers given, by their names; any other name is a driver this process has no settings for.</summary>
internal sealed class FakeExportStorageDrivers(params IExportStorage[] drivers) : IExportStorageDrivers
{
    public IExportStorage? Find(string driver) => drivers.FirstOrDefault(d => d.Driver == driver);
}
