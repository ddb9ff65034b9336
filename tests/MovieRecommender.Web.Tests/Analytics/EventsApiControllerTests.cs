using System.Net;
using System.Net.Http.Json;
using System.Text;
using Microsoft.Extensions.DependencyInjection;
using MovieRecommender.Analytics;
using MovieRecommender.Web.Tests.Infrastructure;

namespace MovieRecommender.Web.Tests.Analytics;

/// <summary>POST /api/v1/events: validation, 202, storage through the queue and the writer, privacy signals.</summary>
public sealed class EventsApiControllerTests
{
    [Fact]
    public async Task Post_ValidBatch_Returns202AndStoresEvents()
    {
        // Arrange
        using var factory = new WebAppFactory();
        var client = factory.CreateClient();

        // Act
        var response = await client.PostAsJsonAsync("/api/v1/events", new object[]
        {
            new { type = "impression", movieId = 949, list = "similar", position = 0, sourceId = 155 },
            new { type = "click", movieId = 949, list = "similar", position = 0, sourceId = 155 },
            new { type = "impression", movieId = 1538, list = "top-rated" },
        });

        // Assert
        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        var stored = await factory.WaitForEventsAsync(3);
        Assert.Equal(2, stored.Count(e => e.Kind == AnalyticsEventKind.Impression));
        var click = stored.Single(e => e.Kind == AnalyticsEventKind.Click);
        Assert.Equal((949, "similar", 0, 155), (click.MovieId, click.List, click.Position, click.SourceId));
    }

    [Theory]
    [InlineData("""[{"type":"hover","movieId":1,"list":"similar"}]""", "[0].type")]
    [InlineData("""[{"type":"click","movieId":-4,"list":"similar"}]""", "[0].movieId")]
    [InlineData("""[{"type":"click","movieId":"12abc","list":"similar"}]""", "[0].movieId")]
    [InlineData("""[{"type":"click","movieId":1.5,"list":"similar"}]""", "[0].movieId")]
    [InlineData("""[{"type":"click","movieId":99999999999,"list":"similar"}]""", "[0].movieId")]
    [InlineData("""[{"type":"click","movieId":1,"list":"sidebar"}]""", "[0].list")]
    [InlineData("""[{"type":"click","movieId":1,"list":"similar","position":-1}]""", "[0].position")]
    [InlineData("""[{"type":"click","movieId":1,"list":"similar","sourceId":0}]""", "[0].sourceId")]
    [InlineData("""[]""", "events")]
    public async Task Post_BadEvent_Returns400NamingTheField(string body, string field)
    {
        // Arrange
        using var factory = new WebAppFactory();
        var client = factory.CreateClient();

        // Act
        var response = await client.PostAsync("/api/v1/events", new StringContent(body, Encoding.UTF8, "application/json"));

        // Assert
        var problem = await HttpAssertions.AssertProblemAsync(response, HttpStatusCode.BadRequest);
        Assert.True(problem.GetProperty("errors").TryGetProperty(field, out _), problem.ToString());
    }

    [Fact]
    public async Task Post_MoreThan100Events_Returns400AndStoresNothing()
    {
        // Arrange
        using var factory = new WebAppFactory();
        var client = factory.CreateClient();
        var events = Enumerable.Range(1, 101).Select(i => new { type = "impression", movieId = i, list = "top-rated" });

        // Act
        var response = await client.PostAsJsonAsync("/api/v1/events", events);

        // Assert
        await HttpAssertions.AssertProblemAsync(response, HttpStatusCode.BadRequest);
        Assert.Equal(0, factory.Services.GetRequiredService<MovieRecommender.Web.Analytics.EventChannel>().Count);
    }

    [Theory]
    [InlineData("not json")]
    [InlineData("""{"type":"click"}""")]
    public async Task Post_NotAnArray_Returns400(string body)
    {
        // Arrange
        using var factory = new WebAppFactory();
        var client = factory.CreateClient();

        // Act
        var response = await client.PostAsync("/api/v1/events", new StringContent(body, Encoding.UTF8, "application/json"));

        // Assert
        await HttpAssertions.AssertProblemAsync(response, HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task Post_TextPlain_Returns415SoCrossSiteFormsCannotPost()
    {
        // Arrange
        using var factory = new WebAppFactory();
        var client = factory.CreateClient();

        // Act
        var response = await client.PostAsync("/api/v1/events",
            new StringContent("""[{"type":"click","movieId":1,"list":"similar"}]""", Encoding.UTF8, "text/plain"));

        // Assert
        Assert.Equal(HttpStatusCode.UnsupportedMediaType, response.StatusCode);
    }

    [Theory]
    [InlineData("Sec-GPC")]
    [InlineData("DNT")]
    public async Task Post_PrivacySignal_Returns202ButStoresNothing(string header)
    {
        // Arrange
        using var factory = new WebAppFactory();
        var client = factory.CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/v1/events")
        {
            Content = JsonContent.Create(new[] { new { type = "click", movieId = 949, list = "similar" } }),
        };
        request.Headers.Add(header, "1");

        // Act
        var response = await client.SendAsync(request);
        (await client.PostAsJsonAsync("/api/v1/events", new[] { new { type = "impression", movieId = 155, list = "similar" } })).EnsureSuccessStatusCode();

        // Assert: only the second (untracked-free) request's event arrives.
        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        var stored = await factory.WaitForEventsAsync(1);
        Assert.Equal(155, Assert.Single(stored).MovieId);
    }

    [Fact]
    public async Task Post_AfterPageVisit_StoresHashedSubjectNeverTheCookie()
    {
        // Arrange: the page gives the visitor its random id cookie; the events carry it back.
        using var factory = new WebAppFactory();
        var client = factory.CreateClient();
        var page = await client.GetAsync("/top-rated");
        var cookie = page.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith("mr_vid=", StringComparison.Ordinal));
        var visitorId = cookie["mr_vid=".Length..cookie.IndexOf(';', StringComparison.Ordinal)];

        // Act
        (await client.PostAsJsonAsync("/api/v1/events", new[] { new { type = "click", movieId = 949, list = "top-rated" } })).EnsureSuccessStatusCode();

        // Assert
        var click = (await factory.WaitForEventsAsync(2)).Single(e => e.Kind == AnalyticsEventKind.Click);
        Assert.NotNull(click.Subject);
        Assert.DoesNotContain(visitorId, click.Subject, StringComparison.Ordinal);
        Assert.Equal(MovieRecommender.Web.Analytics.AnalyticsSubject.StoredKey("v:" + visitorId), click.Subject);
    }
}
