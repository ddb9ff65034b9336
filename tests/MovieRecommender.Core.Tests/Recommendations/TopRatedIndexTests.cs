using MovieRecommender.Core.Model;
using MovieRecommender.Core.Recommendations;
using MovieRecommender.Core.Tests.TestSupport;

namespace MovieRecommender.Core.Tests.Recommendations;

public class TopRatedIndexTests
{
    private static readonly RecommenderModel Model =
        new SyntheticModelBuilder { MovieCount = 12_000, NeighboursPerMovie = 2, TopTermsPerMovie = 3, TermCount = 50 }.Build();

    private static readonly TopRatedIndex Index = TopRatedIndex.Build(Model.Movies, 0.9);
    private static readonly MovieAttributes Attributes = MovieAttributes.Build(Model.Movies);

    [Theory]
    [InlineData(0, 20)]
    [InlineData(35, 10)]
    [InlineData(9_995, 10)]
    public void Page_Filtered_MatchesFullSortOfPassingFilms(int offset, int limit)
    {
        // Arrange
        var filter = new MovieFilter { Genres = ["Drama"], MinYear = 1950 };
        var passing = Model.Movies.Where(m => m.Genres.Contains("Drama") && m.Year >= 1950).ToList();
        var expected = passing
            .OrderByDescending(m => TopRatedIndex.WeightedRating(m.VoteAverage, m.VoteCount, Index.MeanRating, Index.MinVotesPrior))
            .ThenByDescending(m => m.VoteCount).ThenBy(m => m.Id)
            .Skip(offset).Take(limit).Select(m => m.Id);

        // Act
        var page = Index.Page(Model.Movies, new MovieFilterMatcher(filter, [], Attributes, Model.Movies), offset, limit);

        // Assert
        Assert.Equal(passing.Count, page.Total);
        Assert.Equal(expected, page.Items.Select(m => m.Id));
    }

    [Fact]
    public void Build_WeightedRating_PullsFewVotesTowardsMean()
    {
        // Act
        double fewVotes = TopRatedIndex.WeightedRating(10, 1, 6, 100);
        double manyVotes = TopRatedIndex.WeightedRating(10, 10_000, 6, 100);

        // Assert
        Assert.InRange(fewVotes, 6, 6.1);
        Assert.InRange(manyVotes, 9.9, 10);
    }
}
