namespace ResumeExport.Integration.Tests.Support;

/// <summary>Waits for a condition with a deadline: tests never sleep a fixed time and hope.</summary>
public static class Eventually
{
    public static readonly TimeSpan DefaultTimeout = TimeSpan.FromSeconds(60);

    public static async Task<T> UntilAsync<T>(Func<Task<T>> probe, Func<T, bool> done, string what, TimeSpan? timeout = null)
    {
        var deadline = DateTime.UtcNow + (timeout ?? DefaultTimeout);
        var delay = TimeSpan.FromMilliseconds(20);
        T last;
        do
        {
            last = await probe();
            if (done(last))
            {
                return last;
            }

            await Task.Delay(delay);
            delay = TimeSpan.FromMilliseconds(Math.Min(delay.TotalMilliseconds * 2, 500));
        }
        while (DateTime.UtcNow < deadline);

        Assert.Fail($"Timed out after {(timeout ?? DefaultTimeout).TotalSeconds:F0} s waiting for {what}; last value: {last}");
        return last;
    }

    public static Task UntilAsync(Func<bool> condition, string what, TimeSpan? timeout = null) =>
        UntilAsync(() => Task.FromResult(condition()), done => done, what, timeout);
}
