using MovieRecommender.Core.Catalog;
using MovieRecommender.Core.Recommendations;

namespace MovieRecommender.Core.Tests.Recommendations;

/// <summary>Filters, top-rated and by-person lists of <see cref="RecommenderService"/>.</summary>
public partial class RecommenderServiceTests
{
    public static TheoryData<MovieFilter, Func<Movie, bool>> Filters => new()
    {
        { new MovieFilter { MinYear = 2005, MaxYear = 2012 }, m => m.Year is >= 2005 and <= 2012 },
        { new MovieFilter { Genres = ["science fiction", "ROMANCE"] }, m => m.Genres.Contains("Science Fiction") || m.Genres.Contains("Romance") },
        { new MovieFilter { Genres = ["Action", "crime"], GenreMode = GenreMatchMode.All }, m => m.Genres.Contains("Action") && m.Genres.Contains("Crime") },
        { new MovieFilter { MinRating = 8.0 }, m => m.VoteAverage >= 8.0 },
        { new MovieFilter { MinVotes = 7000 }, m => m.VoteCount >= 7000 },
        { new MovieFilter { MinRuntime = 150, MaxRuntime = 180 }, m => m.RuntimeMinutes is >= 150 and <= 180 },
        { new MovieFilter { Language = "FR" }, m => m.OriginalLanguage == "fr" },
        { new MovieFilter { Country = "us", MaxYear = 1990 }, m => m.Countries.Contains("US") && m.Year <= 1990 },
        { new MovieFilter { ExcludeSameCompany = true }, m => !m.Companies.Contains("Warner Bros.") },
    };

    [Theory]
    [MemberData(nameof(Filters))]
    public void Recommend_Filter_ReturnsOnlyMatchingFilms(MovieFilter filter, Func<Movie, bool> expected)
    {
        // Arrange
        using var service = CreateService(Catalog);

        // Act
        var result = service.Recommend(new RecommendationRequest { SeedIds = [TestCatalog.DarkKnight], Filter = filter, Count = 100 });

        // Assert
        Assert.NotEmpty(result.Items);
        Assert.All(result.Items, item => Assert.True(expected(item.Movie), item.Movie.Title));
        Assert.Equal(result.Items.Count, result.Total);
        Assert.Equal(Catalog.Movies.Count(m => m.Id != TestCatalog.DarkKnight && expected(m) && IsReachable(m)), result.Items.Count);
    }

    [Fact]
    public void Recommend_FilterExcludingEverything_ReturnsEmptyShortResult()
    {
        // Arrange
        using var service = CreateService(Catalog);
        var filter = new MovieFilter { MinYear = 2100 };

        // Act
        var result = service.Recommend(new RecommendationRequest { SeedIds = [TestCatalog.DarkKnight], Filter = filter });

        // Assert
        Assert.Equal(RecommendationStatus.Ok, result.Status);
        Assert.Empty(result.Items);
        Assert.Equal(0, result.Total);
        Assert.True(result.IsShort);
    }

    [Fact]
    public void Recommend_FilterRejectingAllNeighbours_FillsFromDeeperCandidates()
    {
        // Arrange: only two stored neighbours per film; neither is a mystery film.
        var shallow = TestCatalog.Model("shallow", neighbours: 2);
        using var service = CreateService(shallow);
        int seed = shallow.Movies.ToList().FindIndex(m => m.Id == TestCatalog.DarkKnight);
        var direct = shallow.NeighboursOf(seed).ToArray().Select(i => shallow.Movies[i]).ToList();

        // Act
        var result = service.Recommend(new RecommendationRequest
        {
            SeedIds = [TestCatalog.DarkKnight],
            Filter = new MovieFilter { Genres = ["Mystery"] },
            Count = 2,
        });

        // Assert
        Assert.DoesNotContain(direct, m => m.Genres.Contains("Mystery"));
        Assert.Equal([TestCatalog.Prestige, TestCatalog.Memento], result.Items.Select(i => i.Movie.Id).Order());
        Assert.False(result.IsShort);
    }

    [Fact]
    public void Recommend_ShallowModelWithoutFilter_StillFillsRequestedCount()
    {
        // Arrange
        using var service = CreateService(TestCatalog.Model("shallow", neighbours: 2));

        // Act
        var result = service.Recommend(new RecommendationRequest { SeedIds = [TestCatalog.DarkKnight], Count = 12 });

        // Assert
        Assert.Equal(12, result.Items.Count);
        Assert.Equal(result.Items.Select(i => i.Similarity).OrderDescending(), result.Items.Select(i => i.Similarity));
    }

    [Fact]
    public void TopRated_NoFilter_OrdersByWeightedRating()
    {
        // Arrange
        using var service = CreateService(Catalog);
        double mean = Catalog.Movies.Average(m => m.VoteAverage);
        var votes = Catalog.Movies.Select(m => m.VoteCount).Order().ToArray();
        double m = votes[(int)Math.Floor(0.9 * (votes.Length - 1))];
        var expected = Catalog.Movies
            .OrderByDescending(f => (f.VoteCount / (f.VoteCount + m) * f.VoteAverage) + (m / (f.VoteCount + m) * mean))
            .Select(f => f.Id).Take(5);

        // Act
        var page = service.TopRated(MovieFilter.None, 0, 5);

        // Assert
        Assert.Equal(expected, page.Items.Select(f => f.Id));
        Assert.Equal(TestCatalog.Godfather, page.Items[0].Id);
        Assert.Equal(Catalog.MovieCount, page.Total);
    }

    [Fact]
    public void TopRated_FilterAndPaging_ReturnsMatchingPageAndTotal()
    {
        // Arrange
        using var service = CreateService(Catalog);
        var filter = new MovieFilter { Genres = ["animation"] };

        // Act
        var first = service.TopRated(filter, 0, 1);
        var second = service.TopRated(filter, 1, 1);

        // Assert
        Assert.Equal(2, first.Total);
        Assert.Equal(TestCatalog.SpiritedAway, Assert.Single(first.Items).Id);
        Assert.Equal(TestCatalog.Totoro, Assert.Single(second.Items).Id);
        Assert.Equal(1, second.Offset);
    }

    [Theory]
    [InlineData("Christopher Nolan", PersonRole.Director, 7)]
    [InlineData("  christopher NOLAN ", PersonRole.Director, 7)]
    [InlineData("Al Pacino", PersonRole.Cast, 3)]
    [InlineData("Timothee Chalamet", PersonRole.Cast, 1)]
    [InlineData("Christopher Nolan", PersonRole.Cast, 0)]
    [InlineData("Nobody At All", PersonRole.Director, 0)]
    [InlineData("", PersonRole.Director, 0)]
    public void ByPerson_Name_ReturnsTheirFilms(string name, PersonRole role, int expectedTotal)
    {
        // Arrange
        using var service = CreateService(Catalog);

        // Act
        var page = service.ByPerson(name, role, 0, 100);

        // Assert
        Assert.Equal(expectedTotal, page.Total);
        Assert.Equal(expectedTotal, page.Items.Count);
        Assert.Equal(page.Items.Select(f => f.VoteCount).OrderDescending(), page.Items.Select(f => f.VoteCount));
    }

    [Fact]
    public void ByPerson_Paging_ReturnsRequestedSlice()
    {
        // Arrange
        using var service = CreateService(Catalog);

        // Act
        var page = service.ByPerson("Christopher Nolan", PersonRole.Director, 2, 2);

        // Assert: Nolan films by votes: Inception 13000, Dark Knight 12000, Interstellar 11000, Dark Knight Rises 9000.
        Assert.Equal([TestCatalog.Interstellar, TestCatalog.DarkKnightRises], page.Items.Select(f => f.Id));
        Assert.Equal(7, page.Total);
    }

    [Fact]
    public void GetMovie_KnownAndUnknownId_ReturnsFilmOrNull()
    {
        // Arrange
        using var service = CreateService(Catalog);

        // Act / Assert
        Assert.Equal("Heat", service.GetMovie(TestCatalog.Heat)?.Title);
        Assert.Null(service.GetMovie(-1));
    }

    /// <summary>Films the Dark Knight reaches directly or through one neighbour (everything but Ghibli's).</summary>
    private static bool IsReachable(Movie movie) => movie.Id is not (TestCatalog.SpiritedAway or TestCatalog.Totoro);
}
