using System.Buffers.Binary;
using System.Net;
using System.Net.Http.Headers;
using MovieRecommender.Web.Tests.Infrastructure;

namespace MovieRecommender.Web.Tests.Sharing;

public sealed class ShareImageControllerTests : IClassFixture<WebAppFactory>
{
    private static readonly byte[] PngSignature = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A];
    private readonly WebAppFactory _factory;
    private readonly HttpClient _client;

    public ShareImageControllerTests(WebAppFactory factory)
    {
        _factory = factory;
        _factory.Recommender.IsReady = true;
        _client = factory.CreateClient();
    }

    [Fact]
    public async Task Movie_KnownFilm_Returns1200x630PngCachedPublicly()
    {
        // Act
        using var response = await _client.GetAsync($"/share/movies/{TestMovies.Heat.Id}.png");
        var png = await response.Content.ReadAsByteArrayAsync();

        // Assert
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("image/png", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal(PngSignature, png[..8]);
        Assert.Equal((1200, 630), Dimensions(png));
        Assert.True(response.Headers.CacheControl?.Public);
        Assert.NotNull(response.Headers.ETag);
    }

    [Fact]
    public async Task Movie_IfNoneMatchCurrentTag_Returns304WithoutBody()
    {
        // Arrange
        using var first = await _client.GetAsync($"/share/movies/{TestMovies.Heat.Id}.png");
        using var request = new HttpRequestMessage(HttpMethod.Get, $"/share/movies/{TestMovies.Heat.Id}.png");
        request.Headers.IfNoneMatch.Add(first.Headers.ETag!);

        // Act
        using var second = await _client.SendAsync(request);

        // Assert
        Assert.Equal(HttpStatusCode.NotModified, second.StatusCode);
        Assert.Empty(await second.Content.ReadAsByteArrayAsync());
    }

    [Fact]
    public async Task Movie_UnknownFilm_Returns404Problem()
    {
        // Act
        using var response = await _client.GetAsync("/share/movies/999999999.png");

        // Assert
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task Recommendations_SeedIds_ReturnsPng()
    {
        // Act
        using var response = await _client.GetAsync($"/share/recommendations.png?id={TestMovies.Heat.Id}&id={TestMovies.Collateral.Id}");
        var png = await response.Content.ReadAsByteArrayAsync();

        // Assert
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal((1200, 630), Dimensions(png));
    }

    [Theory]
    [InlineData("")]
    [InlineData("?id=0")]
    [InlineData("?id=abc")]
    [InlineData("?id=1&id=2&id=3&id=4&id=5&id=6")]
    public async Task Recommendations_BadIds_Returns400Problem(string query)
    {
        // Act
        using var response = await _client.GetAsync("/share/recommendations.png" + query);

        // Assert
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task Movie_ModelLoading_Returns503WithRetryAfter()
    {
        // Arrange
        using var factory = new WebAppFactory();
        factory.Recommender.IsReady = false;

        // Act
        using var response = await factory.CreateClient().GetAsync($"/share/movies/{TestMovies.Heat.Id}.png");

        // Assert
        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        Assert.NotNull(response.Headers.RetryAfter);
    }

    private static (int Width, int Height) Dimensions(byte[] png) =>
        (BinaryPrimitives.ReadInt32BigEndian(png.AsSpan(16, 4)), BinaryPrimitives.ReadInt32BigEndian(png.AsSpan(20, 4)));
}
