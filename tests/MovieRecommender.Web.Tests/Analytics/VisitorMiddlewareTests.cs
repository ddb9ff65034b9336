using MovieRecommender.Web.Tests.Infrastructure;

namespace MovieRecommender.Web.Tests.Analytics;

/// <summary>The random first-party visitor cookie: on pages only, never with a privacy signal, never on the API.</summary>
public sealed class VisitorMiddlewareTests
{
    [Fact]
    public async Task Page_FirstVisit_SetsHttpOnlyLaxVisitorCookie()
    {
        // Arrange
        using var factory = new WebAppFactory();

        // Act
        var response = await factory.CreateClient().GetAsync("/top-rated");

        // Assert
        var cookie = Assert.Single(response.Headers.GetValues("Set-Cookie"), c => c.StartsWith("mr_vid=", StringComparison.Ordinal));
        Assert.Contains("httponly", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("samesite=lax", cookie, StringComparison.OrdinalIgnoreCase);
    }

    [Theory]
    [InlineData("Sec-GPC")]
    [InlineData("DNT")]
    public async Task Page_PrivacySignal_SetsNoCookie(string header)
    {
        // Arrange
        using var factory = new WebAppFactory();
        var client = factory.CreateClient();
        client.DefaultRequestHeaders.Add(header, "1");

        // Act
        var response = await client.GetAsync("/top-rated");

        // Assert
        Assert.False(response.Headers.TryGetValues("Set-Cookie", out var cookies) && cookies.Any(c => c.StartsWith("mr_vid=", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task Api_NoVisitorCookie()
    {
        // Arrange
        using var factory = new WebAppFactory();

        // Act
        var response = await factory.CreateClient().GetAsync("/api/v1/recommendations?title=Heat");

        // Assert
        Assert.False(response.Headers.Contains("Set-Cookie"));
    }

    [Fact]
    public async Task Page_AnalyticsDisabled_SetsNoCookie()
    {
        // Arrange
        using var factory = new WebAppFactory(new Dictionary<string, string?> { ["Analytics:Enabled"] = "false" });

        // Act
        var response = await factory.CreateClient().GetAsync("/top-rated");

        // Assert
        Assert.False(response.Headers.TryGetValues("Set-Cookie", out var cookies) && cookies.Any(c => c.StartsWith("mr_vid=", StringComparison.Ordinal)));
    }
}
