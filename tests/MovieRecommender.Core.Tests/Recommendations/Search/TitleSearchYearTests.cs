using MovieRecommender.Core.Recommendations;
using MovieRecommender.Core.Recommendations.Search;

namespace MovieRecommender.Core.Tests.Recommendations.Search;

/// <summary>A year typed after the title ("heat 1995"), as people do to tell a film from its namesakes.</summary>
public class TitleSearchYearTests
{
    private static readonly TitleSearchIndex Index = Build(new TestModelBuilder()
        .Add(1, "Heat", year: 1986, votes: 9000)
        .Add(2, "Heat", year: 1995, votes: 300)
        .Add(3, "The Heat", year: 2013, votes: 5000)
        .Add(4, "Blade Runner", year: 1982, votes: 8000)
        .Add(5, "Blade Runner 2049", year: 2017, votes: 6000)
        .Add(6, "2012", year: 2009, votes: 4000)
        .Add(7, "Summer of 1995", year: 2001, votes: 50)
        .Build());

    [Fact]
    public void Search_TitleAndReleaseYear_PutsThatYearsFilmFirst()
    {
        // Act
        var ids = Ids(Index.Search("heat 1995", 10));

        // Assert: the less popular 1995 film first; the namesakes still follow.
        Assert.Equal(2, ids[0]);
        Assert.Contains(1, ids);
    }

    [Fact]
    public void Search_YearInParentheses_ReadsAsReleaseYear()
    {
        // Act
        var ids = Ids(Index.Search("Heat (1995)", 10));

        // Assert
        Assert.Equal(2, ids[0]);
    }

    [Fact]
    public void Search_NumberThatIsPartOfTheTitle_StillFindsTheTitle()
    {
        // Act
        var ids = Ids(Index.Search("blade runner 2049", 10));

        // Assert
        Assert.Equal(5, ids[0]);
    }

    [Fact]
    public void Search_YearOfNoMatchingFilm_IgnoresTheYear()
    {
        // Act
        var ids = Ids(Index.Search("heat 1990", 10));

        // Assert
        Assert.Equal([1, 3, 2], ids);
    }

    [Fact]
    public void Search_YearAlone_IsATitleSearch()
    {
        // Act
        var ids = Ids(Index.Search("2012", 10));

        // Assert
        Assert.Equal([6], ids);
    }

    [Fact]
    public void Search_YearAndTitleWordBothMatch_RanksEachFilmOnce()
    {
        // Act: "1995" is a release year (film 2) and a title word (film 7).
        var hits = Index.Search("heat 1995", 10);

        // Assert
        Assert.Equal(hits.Count, hits.Select(h => h.Movie.Id).Distinct().Count());
        Assert.True(hits.Zip(hits.Skip(1)).All(pair => pair.First.Score >= pair.Second.Score));
    }

    private static TitleSearchIndex Build(Core.Model.RecommenderModel model) =>
        TitleSearchIndex.Build(model.Movies, PopularityOrder.Build(model.Movies));

    private static List<int> Ids(IEnumerable<SearchHit> hits) => [.. hits.Select(h => h.Movie.Id)];
}
