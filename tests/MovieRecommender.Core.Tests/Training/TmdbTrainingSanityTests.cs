using MovieRecommender.Core.Model;

namespace MovieRecommender.Core.Tests.Training;

/// <summary>End-to-end quality checks on the real TMDB 5000 catalog (fails, never skips, without ../shared/data).</summary>
public sealed class TmdbTrainingSanityTests(TmdbModelFixture fixture) : IClassFixture<TmdbModelFixture>
{
    private const int TopN = 10;

    [Fact]
    public void Neighbours_TheDarkKnight_IncludeOtherNolanBatmanFilms()
    {
        var titles = fixture.NeighbourTitles("The Dark Knight", TopN);

        Assert.Contains("The Dark Knight Rises", titles);
        Assert.Contains("Batman Begins", titles);
    }

    [Fact]
    public void Neighbours_ToyStory_AreMostlyAnimatedFamilyFilms()
    {
        var titles = fixture.NeighbourTitles("Toy Story", TopN);
        var animated = titles.Count(t => fixture.Model.Movies.First(m => m.Title == t).Genres.Contains("Animation"));

        Assert.True(titles.Contains("Toy Story 2") || titles.Contains("Toy Story 3"), string.Join(", ", titles));
        Assert.True(animated >= TopN * 0.7, $"only {animated} animated: {string.Join(", ", titles)}");
    }

    [Fact]
    public void Summary_LowPreset_ReadsEveryRowAndKeepsMostFilms()
    {
        Assert.Equal(4803, fixture.Summary.RowsRead);
        Assert.Equal(0, fixture.Summary.RowsSkipped);
        Assert.InRange(fixture.Summary.Movies, 4000, 4803);
        Assert.Equal(fixture.Summary.Movies + fixture.Summary.RowsFilteredOut, fixture.Summary.RowsRead);
        Assert.Equal(fixture.Model.NeighbourIndices.LongLength, fixture.Summary.NeighbourEntries);
        Assert.NotNull(fixture.Model.Manifest.DatasetSha256);
    }

    [Fact]
    public void Vocabulary_NamesAndGenres_HaveReadableLabelsAndKinds()
    {
        var terms = fixture.Model.Terms;
        var nolan = Array.IndexOf(terms, "christophernolan");
        var scienceFiction = Array.IndexOf(terms, "sciencefiction");

        Assert.True(nolan >= 0 && scienceFiction >= 0);
        Assert.Equal(TermKind.Director, fixture.Model.TermKinds[nolan]);
        Assert.Equal("Christopher Nolan", fixture.Model.TermLabels[nolan]);
        Assert.Equal(TermKind.Genre, fixture.Model.TermKinds[scienceFiction]);
        Assert.Equal("Science Fiction", fixture.Model.TermLabels[scienceFiction]);
    }

    [Fact]
    public void TopTerms_EveryFilm_AreSortedByTermIndexWithPositiveWeights()
    {
        var model = fixture.Model;
        for (var i = 0; i < model.MovieCount; i++)
        {
            var terms = model.TopTermsOf(i);
            Assert.True(terms.Length <= 32);
            for (var t = 1; t < terms.Length; t++)
            {
                Assert.True(terms[t - 1] < terms[t]);
            }

            foreach (var weight in model.TopTermWeightsOf(i))
            {
                Assert.InRange(weight, float.Epsilon, 1f);
            }
        }
    }
}
