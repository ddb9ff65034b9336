using MovieRecommender.Evaluation.Metrics;

namespace MovieRecommender.Evaluation.Tests.Metrics;

public class IntraListDiversityTests
{
    [Fact]
    public void Compute_ThreeItems_IsOneMinusMeanPairwiseSimilarity()
    {
        // Pairs (1,2)=0.5, (1,3)=0.2, (2,3)=0.8 → mean 0.5 → diversity 0.5.
        var similarities = new Dictionary<(int, int), double> { [(1, 2)] = 0.5, [(1, 3)] = 0.2, [(2, 3)] = 0.8 };
        int[] items = [1, 2, 3];

        var diversity = IntraListDiversity.Compute(items, (a, b) => similarities[(Math.Min(a, b), Math.Max(a, b))]);

        Assert.Equal(0.5, diversity, 1e-12);
    }

    [Fact]
    public void Compute_IdenticalItems_ReturnsZero()
    {
        int[] items = [1, 2, 3];

        Assert.Equal(0.0, IntraListDiversity.Compute(items, (_, _) => 1.0), 1e-12);
    }

    [Fact]
    public void Compute_SingleItem_ReturnsZero()
    {
        int[] items = [7];

        Assert.Equal(0.0, IntraListDiversity.Compute(items, (_, _) => 0.0));
    }
}
