using MovieRecommender.Evaluation.Metrics;

namespace MovieRecommender.Evaluation.Tests.Metrics;

public class RankingMetricsTests
{
    private const double Tolerance = 1e-9;
    private static readonly int[] Ranked = [1, 2, 3, 4];
    private static readonly HashSet<int> EvenRelevant = [2, 4];

    [Fact]
    public void HitRate_RelevantItemInTopK_ReturnsOne()
    {
        Assert.Equal(1.0, RankingMetrics.HitRate(Ranked, EvenRelevant, 2));
    }

    [Fact]
    public void HitRate_RelevantItemOnlyBelowK_ReturnsZero()
    {
        Assert.Equal(0.0, RankingMetrics.HitRate(Ranked, new HashSet<int> { 4 }, 3));
    }

    [Fact]
    public void Precision_TwoHitsInFour_ReturnsHalf()
    {
        Assert.Equal(0.5, RankingMetrics.Precision(Ranked, EvenRelevant, 4), Tolerance);
    }

    [Fact]
    public void Precision_ListShorterThanK_DividesByK()
    {
        // One hit in a 2-item list judged at k = 10: 1/10, not 1/2.
        int[] shortList = [2, 3];

        Assert.Equal(0.1, RankingMetrics.Precision(shortList, EvenRelevant, 10), Tolerance);
    }

    [Fact]
    public void Recall_OneOfTwoRelevantInTopTwo_ReturnsHalf()
    {
        Assert.Equal(0.5, RankingMetrics.Recall(Ranked, EvenRelevant, 2), Tolerance);
    }

    [Fact]
    public void Recall_NoRelevantItems_ReturnsZero()
    {
        Assert.Equal(0.0, RankingMetrics.Recall(Ranked, new HashSet<int>(), 4));
    }

    [Fact]
    public void Ndcg_HitsAtRanksTwoAndFour_MatchesHandComputedValue()
    {
        // DCG = 1/log2(3) + 1/log2(5); IDCG = 1 + 1/log2(3).
        const double expected = 0.6509209298071326;

        Assert.Equal(expected, RankingMetrics.Ndcg(Ranked, EvenRelevant, 4), Tolerance);
    }

    [Fact]
    public void Ndcg_CutAtTwo_IgnoresHitsBelowK()
    {
        // DCG = 1/log2(3); IDCG = 1 + 1/log2(3) (two relevant items fit in k = 2).
        const double expected = 0.38685280723454163;

        Assert.Equal(expected, RankingMetrics.Ndcg(Ranked, EvenRelevant, 2), Tolerance);
    }

    [Fact]
    public void Ndcg_IdealOrdering_ReturnsOne()
    {
        int[] ideal = [2, 4, 1, 3];

        Assert.Equal(1.0, RankingMetrics.Ndcg(ideal, EvenRelevant, 4), Tolerance);
    }

    [Fact]
    public void Ndcg_FewerRelevantThanK_IdealUsesOnlyRelevantCount()
    {
        // Relevant {1, 9}, list [1, 5] at k = 10: DCG = 1; IDCG = 1 + 1/log2(3).
        const double expected = 0.6131471927654584;
        int[] ranked = [1, 5];

        Assert.Equal(expected, RankingMetrics.Ndcg(ranked, new HashSet<int> { 1, 9 }, 10), Tolerance);
    }

    [Fact]
    public void Ndcg_NoRelevantItems_ReturnsZero()
    {
        Assert.Equal(0.0, RankingMetrics.Ndcg(Ranked, new HashSet<int>(), 4));
    }

    [Fact]
    public void Precision_NonPositiveK_Throws()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => RankingMetrics.Precision(Ranked, EvenRelevant, 0));
    }
}
