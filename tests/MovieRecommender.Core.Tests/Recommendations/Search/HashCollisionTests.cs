using MovieRecommender.Core.Recommendations;
using MovieRecommender.Core.Recommendations.Search;

namespace MovieRecommender.Core.Tests.Recommendations.Search;

/// <summary>
/// The title and person indexes find films by a 64-bit hash of the key. Here every key hashes alike (the worst
/// collision possible): lookups must still return only films whose own title or name gives the key.
/// </summary>
public class HashCollisionTests
{
    private static readonly Func<string, ulong> EveryKeyCollides = _ => 42UL;
    private static readonly Core.Model.RecommenderModel Model = TestCatalog.Model();
    private static readonly PopularityOrder Order = PopularityOrder.Build(Model.Movies);

    [Fact]
    public void TitleKeys_CollidingHashes_ReturnOnlyFilmsWithThatTitle()
    {
        // Arrange
        var index = TitleSearchIndex.Build(Model.Movies, Order, EveryKeyCollides);

        // Act
        var films = index.TitleKeys["heat"].ToArray().Select(i => Model.Movies[i].Id).Order();

        // Assert: "Heat" and "The Heat" share the key (leading article dropped); nothing else does.
        Assert.Equal([TestCatalog.Heat, TestCatalog.TheHeat], films);
    }

    [Fact]
    public void TitleKeys_CollidingHashes_UnknownTitleReturnsNothing()
    {
        // Arrange
        var index = TitleSearchIndex.Build(Model.Movies, Order, EveryKeyCollides);

        // Act
        var films = index.TitleKeys["no such film"].ToArray();

        // Assert
        Assert.Empty(films);
    }

    [Fact]
    public void Search_CollidingHashes_ExactTitleHitsAreOnlyThatTitle()
    {
        // Arrange
        var index = TitleSearchIndex.Build(Model.Movies, Order, EveryKeyCollides);

        // Act
        var ids = index.Search("Interstellar", 10).Select(h => h.Movie.Id);

        // Assert
        Assert.Equal([TestCatalog.Interstellar], ids);
    }

    [Fact]
    public void PersonFind_CollidingHashes_ReturnsOnlyThatPersonsFilms()
    {
        // Arrange
        var people = PersonIndex.Build(Model.Movies, Order, EveryKeyCollides);

        // Act
        var directed = people.Find("Michael Mann", PersonRole.Director).ToArray().Select(i => Model.Movies[i].Id);
        var acted = people.Find("Sandra Bullock", PersonRole.Cast).ToArray().Select(i => Model.Movies[i].Id);

        // Assert
        Assert.Equal([TestCatalog.Heat], directed);
        Assert.Equal([TestCatalog.TheHeat], acted);
    }
}
