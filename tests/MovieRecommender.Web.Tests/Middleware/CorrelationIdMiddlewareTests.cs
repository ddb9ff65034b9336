using MovieRecommender.Web.Middleware;
using MovieRecommender.Web.Tests.Infrastructure;

namespace MovieRecommender.Web.Tests.Middleware;

public sealed class CorrelationIdMiddlewareTests(WebAppFactory factory) : IClassFixture<WebAppFactory>
{
    [Fact]
    public async Task Invoke_SaneIncomingId_IsEchoed()
    {
        var client = factory.CreateClient();
        client.DefaultRequestHeaders.Add("X-Correlation-ID", "abc-123_XYZ");

        var response = await client.GetAsync("/api/health");

        Assert.Equal("abc-123_XYZ", response.Headers.GetValues("X-Correlation-ID").Single());
    }

    [Fact]
    public async Task Invoke_NoIncomingId_GeneratesOne()
    {
        var response = await factory.CreateClient().GetAsync("/");

        var id = response.Headers.GetValues("X-Correlation-ID").Single();
        Assert.Equal(32, id.Length);
    }

    [Fact]
    public async Task Invoke_InsaneIncomingId_IsReplaced()
    {
        var client = factory.CreateClient();
        client.DefaultRequestHeaders.TryAddWithoutValidation("X-Correlation-ID", "evil id <script>" + new string('a', 100));

        var response = await client.GetAsync("/api/health");

        var id = response.Headers.GetValues("X-Correlation-ID").Single();
        Assert.DoesNotContain("<", id, StringComparison.Ordinal);
        Assert.True(CorrelationIdMiddleware.IsSane(id));
    }

    [Fact]
    public async Task Invoke_ProblemResponse_CarriesTheSameIdInTheBody()
    {
        var client = factory.CreateClient();
        client.DefaultRequestHeaders.Add("X-Correlation-ID", "trace-me-42");

        var response = await client.GetAsync("/api/v1/movies/424242");

        var json = await HttpAssertions.JsonAsync(response);
        Assert.Equal("trace-me-42", json.GetProperty("correlationid").GetString());
    }
}
