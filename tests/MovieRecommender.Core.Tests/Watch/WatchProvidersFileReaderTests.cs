using System.IO.Compression;
using System.Text;
using MovieRecommender.Core.Ingest;
using MovieRecommender.Core.Tests.TestSupport;
using MovieRecommender.Core.Watch;

namespace MovieRecommender.Core.Tests.Watch;

public sealed class WatchProvidersFileReaderTests : IDisposable
{
    private const string Netflix = """{"provider_id":8,"provider_name":"Netflix","logo_path":"/n.jpg","display_priority":0}""";
    private const string Store = """{"provider_id":2,"provider_name":"Store","display_priority":4}""";
    private static readonly HashSet<int> Catalog = [1, 2, 3];
    private readonly TempDirectory _temp = new();

    [Fact]
    public async Task ReadAsync_JsonLines_GroupsOffersByRegionAndKind()
    {
        // Arrange
        var path = Write("providers.jsonl",
            $$$$"""{"id":1,"results":{"GB":{"link":"https://www.themoviedb.org/movie/1/watch?locale=GB","flatrate":[{{{{Netflix}}}}],"rent":[{{{{Store}}}}],"buy":[{{{{Store}}}}]}}}""");

        // Act
        var result = await WatchProvidersFileReader.ReadAsync(path, Catalog);

        // Assert
        var gb = result.Availability.For(1, "gb");
        Assert.NotNull(gb);
        Assert.Equal("https://www.themoviedb.org/movie/1/watch?locale=GB", gb.Link);
        Assert.Equal([new WatchOffer(8, WatchOfferKind.Stream), new WatchOffer(2, WatchOfferKind.Rent), new WatchOffer(2, WatchOfferKind.Buy)], gb.Offers);
        Assert.Equal("Netflix", result.Availability.Providers[8].Name);
        Assert.Equal("/n.jpg", result.Availability.Providers[8].LogoPath);
        Assert.True(result.Availability.IsIncludedOn(1, "GB", new HashSet<int> { 8 }));
        Assert.False(result.Availability.IsIncludedOn(1, "GB", new HashSet<int> { 2 }));
        Assert.Null(result.Availability.For(1, "US"));
    }

    [Fact]
    public async Task ReadAsync_FilmNotInCatalog_DroppedAndCounted()
    {
        // Arrange
        var path = Write("providers.jsonl",
            $$$$"""{"id":1,"results":{"US":{"flatrate":[{{{{Netflix}}}}]}}}""",
            string.Empty,
            $$$$"""{"id":99,"results":{"US":{"flatrate":[{{{{Netflix}}}}]}}}""");

        // Act
        var result = await WatchProvidersFileReader.ReadAsync(path, Catalog);

        // Assert
        Assert.Equal(2, result.Records);
        Assert.Equal(1, result.NotInCatalog);
        Assert.Equal(1, result.Availability.MovieCount);
    }

    [Fact]
    public async Task ReadAsync_GzippedJsonArray_ReadsEveryRecord()
    {
        // Arrange
        var path = _temp.File("providers.json.gz");
        await using (var file = File.Create(path))
        await using (var gzip = new GZipStream(file, CompressionLevel.Fastest))
        {
            await gzip.WriteAsync(Encoding.UTF8.GetBytes(
                $$$$"""[{"id":1,"results":{"US":{"flatrate":[{{{{Netflix}}}}]}}},{"id":2,"results":{"FR":{"buy":[{{{{Store}}}}]}}}]"""));
        }

        // Act
        var result = await WatchProvidersFileReader.ReadAsync(path, Catalog);

        // Assert
        Assert.Equal(2, result.Availability.MovieCount);
        Assert.Equal(["US"], result.Availability.Regions);
        Assert.Single(result.Availability.IncludedProvidersIn("us"));
    }

    [Theory]
    [InlineData("""{"id":1,"results":{"GB":{"link":"javascript:alert(1)","flatrate":[]}}}""", "line 2", "link")]
    [InlineData("""{"id":1,"results":{"Great Britain":{}}}""", "line 2", "region")]
    [InlineData("""{"results":{}}""", "line 2", "\"id\"")]
    [InlineData("""{"id":1,"results":{"GB":{"flatrate":[{"provider_name":"No id"}]}}}""", "line 2", "provider_id")]
    [InlineData("""{"id":1,"results":""", "line 2", "JSON")]
    public async Task ReadAsync_MalformedRecord_FailsNamingFileAndLine(string badLine, string position, string reason)
    {
        // Arrange
        var path = Write("bad.jsonl", $$$$"""{"id":2,"results":{}}""", badLine);

        // Act
        var error = await Assert.ThrowsAsync<CatalogFormatException>(() => WatchProvidersFileReader.ReadAsync(path, Catalog));

        // Assert
        Assert.Contains(path, error.Message, StringComparison.Ordinal);
        Assert.Contains(position, error.Message, StringComparison.Ordinal);
        Assert.Contains(reason, error.Message, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task ReadAsync_MissingFile_FailsNamingIt()
    {
        var error = await Assert.ThrowsAsync<CatalogFormatException>(() => WatchProvidersFileReader.ReadAsync(_temp.File("none.jsonl"), Catalog));

        Assert.Contains("none.jsonl", error.Message, StringComparison.Ordinal);
    }

    public void Dispose() => _temp.Dispose();

    private string Write(string name, params string[] lines)
    {
        var path = _temp.File(name);
        File.WriteAllLines(path, lines);
        return path;
    }
}
