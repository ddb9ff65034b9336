using System.Net;
using MovieRecommender.EndToEnd.Infrastructure;

namespace MovieRecommender.EndToEnd.Pages;

/// <summary>robots.txt: crawlers may index the pages but not the API, the admin area or the API reference.</summary>
[Collection(EndToEndSuite.Name)]
public sealed class CrawlerFilesTests(WebAppFixture app)
{
    [Fact]
    public async Task RobotsTxt_Requested_PlainTextDisallowingApiAndAdmin()
    {
        // Act
        using var response = await app.Client.GetAsync(new Uri("/robots.txt", UriKind.Relative));
        var body = await response.Content.ReadAsStringAsync();

        // Assert
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/plain", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("User-agent: *", body, StringComparison.Ordinal);
        Assert.Contains("Disallow: /api/", body, StringComparison.Ordinal);
        Assert.Contains("Disallow: /admin", body, StringComparison.Ordinal);
        Assert.DoesNotContain("Disallow: /\n", body, StringComparison.Ordinal);
    }
}
