using FluentValidation;

namespace ResumeExport.Application.Redeliveries.DispatchDueRedeliveries;

/// <summary>Nothing to check: the command has no input; present because every use case has a validator.</summary>
public sealed class DispatchDueRedeliveriesCommandValidator : AbstractValidator<DispatchDueRedeliveriesCommand>;
