using MovieRecommender.Analytics;
using MovieRecommender.Data.Registration;
using MovieRecommender.Web.Tests.Infrastructure;

namespace MovieRecommender.Web.Tests.Analytics;

/// <summary>The signed-in "for you" list takes part in experiments like the similar list.</summary>
public sealed class ForYouExperimentTests
{
    private const double StrongPrior = 0.5;

    [Fact]
    public async Task ForYouPage_InExperiment_ServesTheVariantSettingsAndLogsTheVariant()
    {
        // Arrange
        await using var app = await AccountsWebApp.StartAsync(AccountsProvider.Sqlite, new Dictionary<string, string?>
        {
            ["Experiments:prior-test:Variants:control:Weight"] = "1",
            ["Experiments:prior-test:Variants:strong:Weight"] = "1",
            ["Experiments:prior-test:Variants:strong:PopularityPrior"] = StrongPrior.ToString(System.Globalization.CultureInfo.InvariantCulture),
        });
        using var client = await app.CookieClientAsync();
        (await client.PutAsync($"/api/v1/me/likes/{TestMovies.Heat.Id}", null)).EnsureSuccessStatusCode();

        // Act
        var html = await client.GetStringAsync("/for-you");

        // Assert
        Assert.Contains("data-list=\"for-you\"", html, StringComparison.Ordinal);
        var events = await app.Factory.WaitForEventAsync(e => e.List == "for-you");
        var served = Assert.Single(events, e => e.Kind == AnalyticsEventKind.Served && e.List == "for-you");
        Assert.Equal("prior-test", served.Experiment);
        Assert.NotNull(served.Subject);
        var expectedPrior = served.Variant == "strong" ? StrongPrior : (double?)null;
        Assert.Equal(expectedPrior, app.Factory.Recommender.LastRequest!.PopularityPrior);
    }
}
