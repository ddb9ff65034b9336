using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;

namespace MovieRecommender.Benchmarks.Suites;

/// <summary>Adds P95 and P100 (max) columns: the serving targets are stated on tail latency.</summary>
public sealed class PercentileConfig : ManualConfig
{
    public PercentileConfig() => AddColumn(StatisticColumn.P95, StatisticColumn.P100);
}
