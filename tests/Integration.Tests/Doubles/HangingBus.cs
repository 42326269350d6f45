using System.Reflection;
using MassTransit;

namespace ResumeExport.Integration.Tests.Doubles;

/// <summary>
/// An <see cref="IBus"/> whose every asynchronous call never completes and ignores its cancellation token, as a send on a
/// connection being torn down (a partitioned RabbitMQ node) behaved in the reliability suite. Synchronous members throw.
/// </summary>
public class HangingBus : DispatchProxy
{
    public static IBus Create() => Create<IBus, HangingBus>();

    protected override object? Invoke(MethodInfo? targetMethod, object?[]? args)
    {
        var returns = targetMethod?.ReturnType ?? typeof(void);
        if (returns == typeof(Task))
        {
            return new TaskCompletionSource().Task;
        }

        if (returns.IsGenericType && returns.GetGenericTypeDefinition() == typeof(Task<>))
        {
            var source = Activator.CreateInstance(typeof(TaskCompletionSource<>).MakeGenericType(returns.GetGenericArguments()))!;
            return source.GetType().GetProperty(nameof(TaskCompletionSource<object>.Task))!.GetValue(source);
        }

        throw new NotSupportedException($"{targetMethod?.Name} is not part of the hanging bus.");
    }
}
