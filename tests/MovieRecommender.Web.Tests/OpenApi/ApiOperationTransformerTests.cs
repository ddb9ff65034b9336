using System.Text.Json;
using MovieRecommender.Web.OpenApi;
using MovieRecommender.Web.Tests.Infrastructure;

namespace MovieRecommender.Web.Tests.OpenApi;

public sealed class ApiOperationTransformerTests(WebAppFactory factory) : IClassFixture<WebAppFactory>
{
    [Theory]
    [InlineData("GET", "api/v1/movies/{id}", "getApiV1MoviesById")]
    [InlineData("GET", "api/v1/movies/{id:int}", "getApiV1MoviesById")]
    [InlineData("GET", "api/v1/recommendations.csv", "getApiV1RecommendationsCsv")]
    [InlineData("HEAD", "api/health", "headApiHealth")]
    [InlineData("POST", "api/v1/admin/reload", "postApiV1AdminReload")]
    [InlineData("GET", "api/v1/movies/top-rated", "getApiV1MoviesTopRated")]
    public void OperationId_MethodAndPath_CamelCasedWords(string method, string path, string expected)
    {
        // Act
        var id = ApiOperationTransformer.OperationId(method, path);

        // Assert
        Assert.Equal(expected, id);
    }

    [Fact]
    public async Task TransformAsync_Document_EveryOperationHasUniqueIdSummaryAndSecurity()
    {
        // Arrange
        using var document = await LoadDocumentAsync();

        // Act
        var operations = Operations(document).ToList();

        // Assert
        Assert.NotEmpty(operations);
        var ids = operations.Select(o => o.Operation.GetProperty("operationId").GetString()).ToList();
        Assert.Empty(ids.GroupBy(id => id, StringComparer.Ordinal).Where(g => g.Count() > 1).Select(g => g.Key));
        Assert.All(operations, o => Assert.False(
            string.IsNullOrWhiteSpace(o.Operation.GetProperty("summary").GetString()), $"{o.Method} {o.Path} has no summary"));
        Assert.All(operations, o => Assert.True(o.Operation.TryGetProperty("security", out _), $"{o.Method} {o.Path} has no security"));
    }

    [Theory]
    [InlineData("/api/v1/recommendations", "get", "429")]
    [InlineData("/api/v1/recommendations", "get", "503")]
    [InlineData("/api/v1/recommendations.csv", "get", "404")]
    [InlineData("/api/health", "get", "429")]
    public async Task TransformAsync_RateLimitedOrModelBoundEndpoint_DeclaresStatus(string path, string method, string status)
    {
        // Arrange
        using var document = await LoadDocumentAsync();

        // Act
        var responses = document.RootElement.GetProperty("paths").GetProperty(path).GetProperty(method).GetProperty("responses");

        // Assert
        Assert.True(responses.TryGetProperty(status, out _), $"{method} {path} does not declare {status}");
    }

    [Fact]
    public async Task TransformAsync_AdminEndpoint_RequiresAdminKeyScheme()
    {
        // Arrange
        using var document = await LoadDocumentAsync();

        // Act
        var security = document.RootElement.GetProperty("paths").GetProperty("/api/v1/admin/stats").GetProperty("get").GetProperty("security");
        var scheme = document.RootElement.GetProperty("components").GetProperty("securitySchemes").GetProperty(ApiDocumentTransformer.AdminKeySchemeName);

        // Assert
        Assert.True(security[0].TryGetProperty(ApiDocumentTransformer.AdminKeySchemeName, out _));
        Assert.Equal("X-Admin-Key", scheme.GetProperty("name").GetString());
        Assert.Equal("header", scheme.GetProperty("in").GetString());
    }

    private async Task<JsonDocument> LoadDocumentAsync()
    {
        using var client = factory.CreateClient();
        var json = await client.GetStringAsync(new Uri("/openapi/v1.json", UriKind.Relative));
        return JsonDocument.Parse(json);
    }

    private static IEnumerable<(string Path, string Method, JsonElement Operation)> Operations(JsonDocument document)
    {
        foreach (var path in document.RootElement.GetProperty("paths").EnumerateObject())
        {
            foreach (var method in path.Value.EnumerateObject())
            {
                yield return (path.Name, method.Name, method.Value);
            }
        }
    }
}
