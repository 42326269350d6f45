using FluentValidation;
using MassTransit;

namespace ResumeExport.Adapters.Messaging;

/// <summary>
/// Throws <see cref="InvalidMessageException"/>, which the retry policy ignores, so an invalid message goes untried to
/// the error queue.
/// </summary>
public sealed class MessageValidationFilter<TMessage>(IEnumerable<IValidator<TMessage>> validators) : IFilter<ConsumeContext<TMessage>>
    where TMessage : class
{
    public async Task Send(ConsumeContext<TMessage> context, IPipe<ConsumeContext<TMessage>> next)
    {
        foreach (var validator in validators)
        {
            var result = await validator.ValidateAsync(context.Message, context.CancellationToken);
            if (!result.IsValid)
            {
                throw new InvalidMessageException(typeof(TMessage).Name, string.Join("; ", result.Errors.Select(e => $"{e.PropertyName}: {e.ErrorMessage}")));
            }
        }

        await next.Send(context);
    }

    public void Probe(ProbeContext context) => context.CreateFilterScope("messageValidation");
}
