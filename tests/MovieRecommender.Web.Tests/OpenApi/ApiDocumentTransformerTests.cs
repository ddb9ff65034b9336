using System.Text.Json;
using MovieRecommender.Web.Tests.Infrastructure;

namespace MovieRecommender.Web.Tests.OpenApi;

public sealed class ApiDocumentTransformerTests(WebAppFactory factory) : IClassFixture<WebAppFactory>
{
    [Fact]
    public async Task TransformAsync_Document_HasProductInfoTagDescriptionsAndNoTrailingSlashServers()
    {
        // Arrange
        using var client = factory.CreateClient();

        // Act
        using var document = JsonDocument.Parse(await client.GetStringAsync(new Uri("/openapi/v1.json", UriKind.Relative)));
        var root = document.RootElement;

        // Assert
        Assert.Equal("MovieRecommender API", root.GetProperty("info").GetProperty("title").GetString());
        Assert.False(string.IsNullOrWhiteSpace(root.GetProperty("info").GetProperty("description").GetString()));
        Assert.All(root.GetProperty("tags").EnumerateArray(), tag => Assert.True(tag.TryGetProperty("description", out _), tag.ToString()));
        if (root.TryGetProperty("servers", out var servers))
        {
            Assert.All(servers.EnumerateArray(), server => Assert.False(server.GetProperty("url").GetString()!.EndsWith('/')));
        }
    }
}
