using Microsoft.Extensions.Options;
using MovieRecommender.Core.Persistence;
using MovieRecommender.Core.Recommendations;
using MovieRecommender.Core.Tests.TestSupport;
using MovieRecommender.Core.Training;
using MovieRecommender.Core.Watch;

namespace MovieRecommender.Core.Tests.Watch;

/// <summary>The optional providers file in a model folder: written when present, verified, and used by the services filter.</summary>
public sealed class WatchProvidersModelTests : IDisposable
{
    private readonly TempDirectory _temp = new();

    [Fact]
    public async Task PublishThenRead_ModelWithProviders_RoundTripsProvidersFile()
    {
        // Arrange
        var model = TinyModel.Build().WithWatchProviders(Availability());
        var directory = _temp.File("model");

        // Act
        var published = await new ModelWriter().PublishAsync(model, directory);
        var read = await new ModelReader().ReadAsync(directory);

        // Assert
        Assert.True(published.Manifest.Files.ContainsKey(ModelFormat.ProvidersFile));
        Assert.NotNull(read.WatchProviders);
        var gb = read.WatchProviders.For(1, "GB");
        Assert.NotNull(gb);
        Assert.Equal("https://www.themoviedb.org/movie/1/watch?locale=GB", gb.Link);
        Assert.Equal([new WatchOffer(8, WatchOfferKind.Stream), new WatchOffer(9, WatchOfferKind.Rent)], gb.Offers);
        Assert.Equal("Netflix", read.WatchProviders.Providers[8].Name);
    }

    [Fact]
    public async Task PublishThenRead_ModelWithoutProviders_HasNoProvidersFileAndNoError()
    {
        // Arrange
        var directory = _temp.File("model");

        // Act
        var published = await new ModelWriter().PublishAsync(TinyModel.Build(), directory);
        var read = await new ModelReader().ReadAsync(directory);

        // Assert
        Assert.False(published.Manifest.Files.ContainsKey(ModelFormat.ProvidersFile));
        Assert.False(File.Exists(Path.Combine(directory, ModelFormat.ProvidersFile)));
        Assert.Null(read.WatchProviders);
    }

    [Fact]
    public async Task Read_ProvidersFileDamaged_FailsNamingIt()
    {
        // Arrange
        var directory = _temp.File("model");
        await new ModelWriter().PublishAsync(TinyModel.Build().WithWatchProviders(Availability()), directory);
        var path = Path.Combine(directory, ModelFormat.ProvidersFile);
        var bytes = await File.ReadAllBytesAsync(path);
        bytes[^1] ^= 0xFF;
        await File.WriteAllBytesAsync(path, bytes);

        // Act
        var error = await Assert.ThrowsAsync<ModelLoadException>(() => new ModelReader().ReadAsync(directory));

        // Assert
        Assert.Contains(ModelFormat.ProvidersFile, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void TopRated_ServicesFilter_KeepsOnlyFilmsIncludedOnThoseServicesInRegion()
    {
        // Arrange
        using var service = new RecommenderService(Options.Create(new RecommenderOptions()), TimeProvider.System);
        service.UseModel(TinyModel.Build().WithWatchProviders(Availability()), TimeSpan.Zero);

        // Act
        var onNetflixInGb = service.TopRated(new MovieFilter { WatchProviderIds = [8], WatchRegion = "GB" }, 0, 10);
        var onNetflixInUs = service.TopRated(new MovieFilter { WatchProviderIds = [8], WatchRegion = "US" }, 0, 10);
        var rentOnly = service.TopRated(new MovieFilter { WatchProviderIds = [9], WatchRegion = "GB" }, 0, 10);

        // Assert
        Assert.Equal([1], onNetflixInGb.Items.Select(m => m.Id));
        Assert.Equal([3], onNetflixInUs.Items.Select(m => m.Id));
        Assert.Empty(rentOnly.Items);
    }

    [Fact]
    public void TopRated_ServicesFilterOnModelWithoutProviders_MatchesNothing()
    {
        // Arrange
        using var service = new RecommenderService(Options.Create(new RecommenderOptions()), TimeProvider.System);
        service.UseModel(TinyModel.Build(), TimeSpan.Zero);

        // Act
        var result = service.TopRated(new MovieFilter { WatchProviderIds = [8], WatchRegion = "GB" }, 0, 10);

        // Assert
        Assert.Empty(result.Items);
    }

    public void Dispose() => _temp.Dispose();

    private static WatchAvailability Availability() => new(
        [new WatchProvider(8, "Netflix", "/n.jpg", 0), new WatchProvider(9, "Store", null, 3)],
        new Dictionary<int, RegionWatchOptions[]>
        {
            [1] = [new RegionWatchOptions("GB", "https://www.themoviedb.org/movie/1/watch?locale=GB",
                [new WatchOffer(8, WatchOfferKind.Stream), new WatchOffer(9, WatchOfferKind.Rent)])],
            [3] = [new RegionWatchOptions("US", null, [new WatchOffer(8, WatchOfferKind.Ads)])],
        });
}
