using MovieRecommender.Core.Model;
using MovieRecommender.Core.Recommendations;
using MovieRecommender.Core.Tests.TestSupport;

namespace MovieRecommender.Core.Tests.Recommendations;

/// <summary>Term → films lists: every film that has the term among its top terms, heaviest first, cut to the kept head.</summary>
public class TermPostingIndexTests
{
    // Few terms for many films, so most lists are longer than the cut.
    private static readonly RecommenderModel Model =
        new SyntheticModelBuilder { MovieCount = 3_000, NeighboursPerMovie = 2, TopTermsPerMovie = 6, TermCount = 40 }.Build();

    [Theory]
    [InlineData(25)]
    [InlineData(TermPostingIndex.MaxPostingsPerTerm)]
    public void Build_EveryTerm_HeaviestFilmsOfTheTermInOrderUpToTheCut(int cut)
    {
        // Act
        var index = TermPostingIndex.Build(Model, cut);

        // Assert: against the films' own top-term lists.
        for (int term = 0; term < Model.Terms.Length; term++)
        {
            var expected = Enumerable.Range(0, Model.MovieCount)
                .SelectMany(movie => Enumerable.Range(0, Model.TopTermsOf(movie).Length)
                    .Where(i => Model.TopTermsOf(movie)[i] == term)
                    .Select(i => (Movie: movie, Weight: Model.TopTermWeightsOf(movie)[i])))
                .OrderByDescending(p => p.Weight).ThenBy(p => p.Movie)
                .Take(cut)
                .ToArray();
            Assert.Equal(expected.Select(p => p.Movie), index.MoviesOf(term).ToArray());
            Assert.Equal(expected.Select(p => p.Weight), index.WeightsOf(term).ToArray());
        }
    }

    [Fact]
    public void Build_ListsLongerThanTheCut_KeepOnlyTheHead()
    {
        // Act
        var full = TermPostingIndex.Build(Model, int.MaxValue);
        var cut = TermPostingIndex.Build(Model, 25);

        // Assert: the test model does have longer lists, and cutting them saves their tails.
        Assert.Contains(Enumerable.Range(0, Model.Terms.Length), term => full.MoviesOf(term).Length > 25);
        Assert.True(cut.ApproximateBytes < full.ApproximateBytes);
    }
}
