using MovieRecommender.Core.Recommendations;

namespace MovieRecommender.Core.Tests.Recommendations;

/// <summary>The pooled ranking scratch forgets a build's stages when the next one begins, without clearing its arrays.</summary>
public class RecommendationScratchTests
{
    private const int CatalogSize = 10;

    [Fact]
    public void BeginBuild_AfterABuild_EveryFilmReadsAsNotMet()
    {
        // Arrange
        var scratch = new RecommendationScratch();
        scratch.BeginBuild(CatalogSize);
        scratch.Enter(3, CandidateStage.Direct);
        scratch.ScoreOf(3) = 0.5;
        scratch.Direct.Add(3);
        scratch.Enter(4, CandidateStage.Terms + 2);

        // Act
        scratch.BeginBuild(CatalogSize);

        // Assert
        Assert.Equal(CandidateStage.None, scratch.StageOf(3));
        Assert.Equal(CandidateStage.None, scratch.StageOf(4));
        Assert.Empty(scratch.Direct);
    }

    [Fact]
    public void Enter_FilmWithAScoreFromAnEarlierStage_StartsAtZero()
    {
        // Arrange
        var scratch = new RecommendationScratch();
        scratch.BeginBuild(CatalogSize);
        scratch.Enter(2, CandidateStage.Terms);
        scratch.ScoreOf(2) = 0.7;

        // Act
        scratch.Enter(2, CandidateStage.Terms + 1);

        // Assert
        Assert.Equal(CandidateStage.Terms + 1, scratch.StageOf(2));
        Assert.Equal(0, scratch.ScoreOf(2));
    }

    [Fact]
    public void BeginBuild_LargerCatalog_GrowsAndForgetsEarlierStamps()
    {
        // Arrange
        var scratch = new RecommendationScratch();
        scratch.BeginBuild(CatalogSize);
        scratch.Enter(1, CandidateStage.Excluded);

        // Act
        scratch.BeginBuild(CatalogSize * 2);
        scratch.Enter((CatalogSize * 2) - 1, CandidateStage.TwoHops);

        // Assert
        Assert.Equal(CandidateStage.None, scratch.StageOf(1));
        Assert.Equal(CandidateStage.TwoHops, scratch.StageOf((CatalogSize * 2) - 1));
    }

    [Fact]
    public void BeginBuild_StampsRunningOut_StartsOverWithClearedStamps()
    {
        // Arrange: a base close to int.MaxValue, so the next builds must wrap around.
        var scratch = new RecommendationScratch(int.MaxValue - 20);
        scratch.BeginBuild(CatalogSize);
        scratch.Enter(5, CandidateStage.Terms + 2);

        // Act / Assert: after the wrap, a stamp left from before it never reads as a stage of the current build.
        for (int build = 0; build < 4; build++)
        {
            scratch.BeginBuild(CatalogSize);
            Assert.Equal(CandidateStage.None, scratch.StageOf(5));
            scratch.Enter(6, CandidateStage.Direct);
            Assert.Equal(CandidateStage.Direct, scratch.StageOf(6));
        }
    }
}
