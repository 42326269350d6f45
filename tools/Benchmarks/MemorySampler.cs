using System.Collections.Concurrent;
using System.Globalization;

namespace ResumeExport.Benchmarks;

/// <summary>
/// Samples the memory of the stack's processes twice a second while the benchmark runs: for each process its RSS and PSS
/// (the process's own peak RSS also comes exactly from the kernel's <c>VmHWM</c>), and for the PDF worker also the sum over
/// its Chromium tree, whose processes come and go. Keeps the peaks.
/// </summary>
internal sealed class MemorySampler : IAsyncDisposable
{
    private static readonly TimeSpan Interval = TimeSpan.FromMilliseconds(500);
    private readonly ConcurrentDictionary<string, (int Pid, bool WithChildren)> watched = new();
    private readonly ConcurrentDictionary<string, Peak> peaks = new();
    private readonly CancellationTokenSource stop = new();
    private readonly Task loop;

    public MemorySampler() => loop = Task.Run(SampleAsync);

    public void Watch(string name, int pid, bool withChildren) => watched[name] = (pid, withChildren);

    /// <summary>Takes a last sample of <paramref name="name"/> (call before stopping the process) and stops watching it.</summary>
    public Peak Finish(string name)
    {
        if (watched.TryRemove(name, out var target))
        {
            Sample(name, target, ProcessTable.Read());
        }

        return peaks.GetValueOrDefault(name) ?? Peak.None;
    }

    public async ValueTask DisposeAsync()
    {
        await stop.CancelAsync();
        await loop.ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
        stop.Dispose();
    }

    private async Task SampleAsync()
    {
        using var timer = new PeriodicTimer(Interval);
        try
        {
            while (await timer.WaitForNextTickAsync(stop.Token))
            {
                var table = ProcessTable.Read();
                foreach (var (name, target) in watched)
                {
                    Sample(name, target, table);
                }
            }
        }
        catch (OperationCanceledException)
        {
            // disposed
        }
    }

    private void Sample(string name, (int Pid, bool WithChildren) target, ProcessTable table)
    {
        var own = ProcessMemory.TreeMB([target.Pid]);
        var children = target.WithChildren ? ProcessMemory.TreeMB(table.DescendantsOf(target.Pid)) : (RssMB: 0, PssMB: 0);
        var hwm = ProcessMemory.PeakRssMB(target.Pid) ?? 0;
        peaks.AddOrUpdate(name, _ => Peak.From(hwm, own, children), (_, peak) => peak.With(hwm, own, children));
    }

    /// <param name="OwnRssMB">The process's own peak RSS (kernel high-water mark).</param>
    /// <param name="OwnPssMB">The largest sampled PSS of the process.</param>
    /// <param name="TreeRssMB">The largest sampled RSS of the process plus its descendants (shared pages counted per process).</param>
    /// <param name="TreePssMB">The largest sampled PSS of the process plus its descendants.</param>
    internal sealed record Peak(double OwnRssMB, double OwnPssMB, double TreeRssMB, double TreePssMB)
    {
        public static Peak None { get; } = new(0, 0, 0, 0);

        public static Peak From(double hwm, (double RssMB, double PssMB) own, (double RssMB, double PssMB) children) =>
            None.With(hwm, own, children);

        public Peak With(double hwm, (double RssMB, double PssMB) own, (double RssMB, double PssMB) children) => new(
            Math.Max(OwnRssMB, Math.Max(hwm, own.RssMB)),
            Math.Max(OwnPssMB, own.PssMB),
            Math.Max(TreeRssMB, own.RssMB + children.RssMB),
            Math.Max(TreePssMB, own.PssMB + children.PssMB));

        public string Describe(bool withChildren) => withChildren
            ? string.Create(CultureInfo.InvariantCulture,
                $"{OwnRssMB:0} MB .NET (PSS {OwnPssMB:0}) + Chromium = {TreeRssMB:0} MB RSS summed over the tree, {TreePssMB:0} MB PSS")
            : string.Create(CultureInfo.InvariantCulture, $"{OwnRssMB:0} MB RSS (PSS {OwnPssMB:0})");
    }
}
