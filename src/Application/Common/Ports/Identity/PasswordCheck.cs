namespace ResumeExport.Application.Common.Ports.Identity;

public enum PasswordCheck
{
    Failed = 0,
    Succeeded = 1,

    /// <summary>Correct, but hashed with older parameters: store a fresh hash.</summary>
    SucceededRehashNeeded = 2,
}
