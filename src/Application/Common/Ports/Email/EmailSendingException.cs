using ResumeExport.Application.Common.Exceptions;

namespace ResumeExport.Application.Common.Ports.Email;

/// <summary>The e-mail could not be sent (see <see cref="IEmailSender"/> for the codes).</summary>
public sealed class EmailSendingException(string code, string message, bool transient, Exception? inner = null)
    : CodedFailureException(code, message, transient, inner);
