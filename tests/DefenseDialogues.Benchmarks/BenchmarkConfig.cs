using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Diagnosers;
using BenchmarkDotNet.Jobs;

namespace DefenseDialogues.Benchmarks;

/// <summary>
/// One short job for every benchmark: the whole suite stays under ~10 minutes on 2 cores, and
/// the measured operations are long enough (≥ tens of µs) for 3 warm-ups and 8 iterations to be stable.
/// </summary>
public sealed class BenchmarkConfig : ManualConfig
{
    public BenchmarkConfig()
    {
        AddJob(Job.Default.WithLaunchCount(1).WithWarmupCount(3).WithIterationCount(8).WithId("Short"));
        AddDiagnoser(MemoryDiagnoser.Default);
        AddColumn(RankColumn.Arabic);
        AddColumn(MegabytesPerSecondColumn.Instance);
    }
}
