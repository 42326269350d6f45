namespace ResumeExport.Domain.Exports;

public enum PageSize
{
    A4,
    Letter,
}
