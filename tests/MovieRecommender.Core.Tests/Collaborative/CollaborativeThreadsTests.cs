using MovieRecommender.Core.Collaborative;

namespace MovieRecommender.Core.Tests.Collaborative;

/// <summary>
/// The collaborative trainers run on a bounded number of workers: unbounded, the thread pool kept adding workers,
/// each with catalog-sized scratch (63 threads and 7 GB for a 25M-rating file on 2 cores).
/// </summary>
public class CollaborativeThreadsTests
{
    [Fact]
    public void Defaults_UseOneWorkerPerCore()
    {
        Assert.Equal(Environment.ProcessorCount, ItemSimilarityOptions.Default.EffectiveThreads);
        Assert.Equal(Environment.ProcessorCount, ImplicitAlsOptions.Default.EffectiveThreads);
    }

    [Theory]
    [InlineData(-1)] // what "every core" used to be written as: in .NET it means no bound at all
    [InlineData(0)]
    public void NonPositiveSetting_MeansOnePerCoreNotUnbounded(int setting)
    {
        Assert.Equal(Environment.ProcessorCount, (ItemSimilarityOptions.Default with { MaxDegreeOfParallelism = setting }).EffectiveThreads);
        Assert.Equal(Environment.ProcessorCount, (ImplicitAlsOptions.Default with { MaxDegreeOfParallelism = setting }).EffectiveThreads);
    }

    [Fact]
    public void ExplicitSetting_IsKept()
    {
        Assert.Equal(3, (ItemSimilarityOptions.Default with { MaxDegreeOfParallelism = 3 }).EffectiveThreads);
        Assert.Equal(1, (ImplicitAlsOptions.Default with { MaxDegreeOfParallelism = 1 }).EffectiveThreads);
    }
}
