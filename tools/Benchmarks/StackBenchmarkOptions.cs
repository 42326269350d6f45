namespace ResumeExport.Benchmarks;

/// <param name="Count">Exports measured end to end (after <paramref name="WarmUp"/>).</param>
/// <param name="Clients">Clients POSTing them, each as fast as its POSTs are answered.</param>
/// <param name="SteadyDuration">About how long the steady-rate phase offers exports (20 to 400 of them).</param>
/// <param name="BulkRecipients">Applications in the e-mail phase's bulk apply.</param>
/// <param name="LoadConnections">Connections of each API load run (and users of the stack: one per connection).</param>
internal sealed record StackBenchmarkOptions(
    int Count, int Clients, int WarmUp, TimeSpan SteadyDuration, int BulkRecipients, int LoadConnections, TimeSpan LoadWarmUp, TimeSpan LoadDuration);
