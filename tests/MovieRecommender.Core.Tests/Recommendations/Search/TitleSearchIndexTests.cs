using MovieRecommender.Core.Catalog;
using MovieRecommender.Core.Model;
using MovieRecommender.Core.Recommendations;
using MovieRecommender.Core.Recommendations.Search;
using MovieRecommender.Core.Tests.TestSupport;

namespace MovieRecommender.Core.Tests.Recommendations.Search;

public class TitleSearchIndexTests
{
    private static readonly TitleSearchIndex Catalog = Build(TestCatalog.Model());

    [Fact]
    public void Search_PrefixOfNonFirstWord_FindsTitles()
    {
        // Act
        var ids = Ids(Catalog.Search("kni", 10));

        // Assert
        Assert.Equal([TestCatalog.DarkKnight, TestCatalog.DarkKnightRises], ids);
    }

    [Fact]
    public void Search_SeveralWords_RequiresEveryWord()
    {
        // Act
        var ids = Ids(Catalog.Search("dark ris", 10));

        // Assert
        Assert.Equal([TestCatalog.DarkKnightRises], ids);
    }

    [Fact]
    public void Search_EarlierWordsAsPrefixes_Match()
    {
        // Act
        var ids = Ids(Catalog.Search("bla run", 10));

        // Assert
        Assert.Equal([TestCatalog.BladeRunner2049, TestCatalog.BladeRunner], ids);
    }

    [Fact]
    public void Search_SharedPrefix_RanksByPopularity()
    {
        // Act
        var hits = Catalog.Search("dark", 10);

        // Assert
        Assert.Equal([TestCatalog.DarkKnight, TestCatalog.DarkKnightRises], Ids(hits));
        Assert.True(hits[0].Score > hits[1].Score);
    }

    [Fact]
    public void Search_ExactTitle_RanksAboveMorePopularPartialMatch()
    {
        // Arrange: "Lone Star" is far more popular, but the user typed exactly "Star".
        var model = new TestModelBuilder()
            .Add(1, "Lone Star", votes: 9000)
            .Add(2, "Star", votes: 10)
            .Add(3, "Filler One", votes: 500)
            .Build();

        // Act
        var ids = Ids(Build(model).Search("star", 10));

        // Assert
        Assert.Equal([2, 1], ids);
    }

    [Fact]
    public void Search_TitleStartMatch_RanksAboveMorePopularMidTitleMatch()
    {
        // Arrange
        var builder = new TestModelBuilder().Add(1, "Lone Star", votes: 9000).Add(2, "Stardust", votes: 500);
        for (int i = 0; i < 10; i++)
        {
            builder.Add(100 + i, $"Filler {i}", votes: 100);
        }

        // Act
        var ids = Ids(Build(builder.Build()).Search("star", 10));

        // Assert
        Assert.Equal([2, 1], ids);
    }

    [Theory]
    [InlineData("interstelar", TestCatalog.Interstellar)]
    [InlineData("intersetllar", TestCatalog.Interstellar)]
    [InlineData("incepton", TestCatalog.Inception)]
    [InlineData("inceptiion", TestCatalog.Inception)]
    [InlineData("godfahter", TestCatalog.Godfather)]
    [InlineData("batmen begins", TestCatalog.BatmanBegins)]
    public void Search_OneTypo_StillFindsTitle(string query, int expectedId)
    {
        // Act
        var ids = Ids(Catalog.Search(query, 10));

        // Assert
        Assert.Contains(expectedId, ids);
    }

    [Fact]
    public void Search_TypoInShortWord_IsNotCorrected()
    {
        // Act
        var hits = Catalog.Search("dnue", 10);
        var shortHits = Catalog.Search("dne", 10);

        // Assert: four letters get one typo, three letters must be exact.
        Assert.Contains(TestCatalog.Dune2021, Ids(hits));
        Assert.Empty(shortHits);
    }

    [Fact]
    public void Search_ThreeTypos_FindsNothing()
    {
        // Act: two typos in a long word are found (DoubleTypoTests); a third is one too many.
        var hits = Catalog.Search("intrsxelar", 10);

        // Assert
        Assert.Empty(hits);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("?!%$")]
    [InlineData("\U0001F4A5\U0001F525")]
    [InlineData("\u0000\u200B\t")]
    [InlineData("\uD800")]
    [InlineData(null)]
    public void Search_EmptyOrGarbage_ReturnsEmpty(string? query)
    {
        // Act
        var hits = Catalog.Search(query, 10);

        // Assert
        Assert.Empty(hits);
    }

    [Fact]
    public void Search_TwoThousandCharacterQuery_ReturnsEmptyWithoutThrowing()
    {
        // Arrange: starts with a real title, so only the length rule can make it empty.
        string query = "dark " + new string('x', 1995);

        // Act
        var hits = Catalog.Search(query, 10);

        // Assert
        Assert.Equal(2000, query.Length);
        Assert.Empty(hits);
    }

    [Theory]
    [InlineData("drop table", TestCatalog.SqlTitle)]
    [InlineData("robert'); DROP", TestCatalog.SqlTitle)]
    [InlineData("<script>", TestCatalog.HtmlTitle)]
    [InlineData("alert(\"x", TestCatalog.HtmlTitle)]
    [InlineData("amélie", TestCatalog.Amelie)]
    [InlineData("AMELIE", TestCatalog.Amelie)]
    [InlineData("fabuleux destin", TestCatalog.Amelie)]
    [InlineData("千と千尋", TestCatalog.SpiritedAway)]
    [InlineData("となりの", TestCatalog.Totoro)]
    [InlineData("fast & fur", TestCatalog.FastAndFurious)]
    [InlineData("fast and fur", TestCatalog.FastAndFurious)]
    [InlineData("the dark kn", TestCatalog.DarkKnight)]
    [InlineData("spiderm", TestCatalog.SpiderMan)]
    [InlineData("spider ma", TestCatalog.SpiderMan)]
    public void Search_SpecialCharactersAndScripts_FindsTitle(string query, int expectedId)
    {
        // Act
        var ids = Ids(Catalog.Search(query, 10));

        // Assert
        Assert.Equal(expectedId, ids.FirstOrDefault());
    }

    [Fact]
    public void Search_ExactTitleSharedByTwo_PutsExactFirst()
    {
        // Act
        var ids = Ids(Catalog.Search("heat", 10));

        // Assert
        Assert.Equal([TestCatalog.Heat, TestCatalog.TheHeat], ids);
    }

    [Theory]
    [InlineData(500, 50)]
    [InlineData(0, 1)]
    [InlineData(-3, 1)]
    [InlineData(7, 7)]
    public void Search_Limit_IsClamped(int limit, int expectedCount)
    {
        // Arrange
        var builder = new TestModelBuilder();
        for (int i = 1; i <= 80; i++)
        {
            builder.Add(i, $"Film {i}", votes: i);
        }

        // Act
        var hits = Build(builder.Build()).Search("film", limit);

        // Assert
        Assert.Equal(expectedCount, hits.Count);
        Assert.Equal(80, hits[0].Movie.Id);
    }

    [Fact]
    public void Search_ShortPrefixOnLargeCatalog_ReturnsMostPopularMatchesInScoreOrder()
    {
        // Arrange
        RecommenderModel model = new SyntheticModelBuilder { MovieCount = 20_000, NeighboursPerMovie = 5, TopTermsPerMovie = 5, TermCount = 100 }.Build();
        var index = Build(model);
        var expected = model.Movies.Where(m => TitleNormalizer.Normalize(m.Title).Split(' ').Any(w => w.StartsWith('k')))
            .OrderByDescending(m => m.VoteCount).ThenByDescending(m => m.Popularity).First();

        // Act
        var hits = index.Search("k", 50);

        // Assert
        Assert.Equal(50, hits.Count);
        Assert.All(hits, h => Assert.Contains(TitleNormalizer.Normalize(h.Movie.Title).Split(' '), w => w.StartsWith('k')));
        Assert.Equal(hits.Select(h => h.Score).OrderByDescending(s => s), hits.Select(h => h.Score));
        Assert.Contains(expected, hits.Select(h => h.Movie));
    }

    [Fact]
    public void CollectCandidates_TypoedTitle_IncludesIntendedFilm()
    {
        // Arrange
        var candidates = new HashSet<int>();

        // Act
        Catalog.CollectCandidates("intersteller", 50, candidates);

        // Assert
        Assert.Contains(TestCatalog.Interstellar - 1, candidates);
    }

    private static TitleSearchIndex Build(RecommenderModel model) =>
        TitleSearchIndex.Build(model.Movies, PopularityOrder.Build(model.Movies));

    private static List<int> Ids(IEnumerable<SearchHit> hits) => [.. hits.Select(h => h.Movie.Id)];
}
