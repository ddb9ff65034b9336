using System.Net;
using System.Text.Json;
using MovieRecommender.EndToEnd.Infrastructure;
using Xunit.Abstractions;

namespace MovieRecommender.EndToEnd;

[Collection(EndToEndSuite.Name)]
public sealed class HealthEndpointTests(WebAppFixture app, ITestOutputHelper output)
{
    [Theory]
    [InlineData("/api/health")]
    [InlineData("/api/v1/health")]
    public async Task Health_AppStarted_Returns200JsonWithHealthyStatusAndMovies(string path)
    {
        // Arrange
        var uri = new Uri(path, UriKind.Relative);

        // Act
        using var response = await app.Client.GetAsync(uri);
        var body = await response.Content.ReadAsStringAsync();

        // Assert
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        using var json = JsonDocument.Parse(body);
        Assert.Equal(HealthResponse.Healthy, json.RootElement.GetProperty("status").GetString());
        Assert.True(json.RootElement.GetProperty("movies").GetInt32() > 0, $"no movies loaded: {body}");
        Assert.True(json.RootElement.TryGetProperty("modelVersion", out _), $"no modelVersion: {body}");
    }

    [Fact]
    public void Health_DuringStartup_FirstAnswerIsLoading503OrHealthy200()
    {
        // Arrange: the fixture recorded every health answer while the app trained the demo catalog.
        var responses = app.App.StartupHealthResponses;
        foreach (var response in responses.Take(5).Concat(responses.TakeLast(1)).Distinct())
        {
            output.WriteLine(response.ToString());
        }

        // Act
        var first = app.FirstHealthResponse;

        // Assert: either the loading state was observable (503 + "loading"), or training finished before the
        // server answered its first request; anything else (404, 500, "unhealthy") is a defect.
        Assert.True(first.IsLoading || first.IsHealthy, $"unexpected first health answer: {first}");
        Assert.All(responses, response => Assert.True(
            response.IsLoading || response.IsHealthy, $"unexpected health answer during start-up: {response}"));
        output.WriteLine(first.IsLoading
            ? $"loading state observed ({responses.Count(r => r.IsLoading)} answers) before healthy"
            : "the app was already healthy at its first answer: loading was too short to observe");
    }
}
