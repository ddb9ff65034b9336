using MovieRecommender.Core.Catalog;
using MovieRecommender.Core.Persistence;
using MovieRecommender.Core.Tests.TestSupport;

namespace MovieRecommender.Core.Tests.Persistence;

/// <summary>Models published by earlier builds must keep loading while the format version is unchanged.</summary>
public sealed class ModelFormatCompatibilityTests
{
    private static readonly string FixtureDirectory = Path.Combine(AppContext.BaseDirectory, "Persistence", "Fixtures", "model-v1");

    [Fact]
    public async Task ReadAsync_CheckedInVersion1Model_LoadsWithSameContent()
    {
        var model = await new ModelReader().ReadAsync(FixtureDirectory);

        Assert.Equal(1, model.Manifest.FormatVersion);
        Assert.Equal(TinyModel.Movies(), model.Movies, MovieEquality.Instance);
        Assert.Equal(1, model.NeighboursOf(0)[0]);
        Assert.Contains("annlee", model.Terms);
    }

    [Fact]
    public async Task ReadAsync_CheckedInVersion1Model_ServesTheCatalogAsATableWithMatchingAccessors()
    {
        var model = await new ModelReader().ReadAsync(FixtureDirectory);

        var table = Assert.IsType<MovieTable>(model.Movies);
        var expected = TinyModel.Movies();
        for (int i = 0; i < expected.Count; i++)
        {
            Assert.Equal(expected[i], table[i]);
            Assert.Equal(expected[i].Id, table.IdAt(i));
            Assert.Equal(expected[i].Title, table.TitleAt(i));
            Assert.Equal(expected[i].OriginalTitle, table.OriginalTitleAt(i));
            Assert.Equal(expected[i].Year, table.YearAt(i));
            Assert.Equal(expected[i].VoteCount, table.VoteCountAt(i));
            Assert.Equal(expected[i].Popularity, table.PopularityAt(i));
            Assert.Equal(expected[i].OriginalLanguage, table.OriginalLanguageAt(i));
            Assert.Equal(expected[i].Genres, table.GenresAt(i).ToArray());
            Assert.Equal(expected[i].Directors, table.DirectorsAt(i).ToArray());
        }
    }

    [Fact]
    public async Task PublishAsync_CheckedInVersion1Model_WritesTheSameMoviesFile()
    {
        using var temp = new TempDirectory();
        var model = await new ModelReader().ReadAsync(FixtureDirectory);

        await new ModelWriter().PublishAsync(model, temp.File("model"));

        Assert.Equal(
            await File.ReadAllBytesAsync(Path.Combine(FixtureDirectory, ModelFormat.MoviesFile)),
            await File.ReadAllBytesAsync(Path.Combine(temp.File("model"), ModelFormat.MoviesFile)));
    }
}
