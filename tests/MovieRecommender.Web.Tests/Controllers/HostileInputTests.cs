using System.Net;
using MovieRecommender.Web.Tests.Infrastructure;

namespace MovieRecommender.Web.Tests.Controllers;

/// <summary>Whatever a client sends, the answer is a 4xx (or 2xx with encoded output), never a 5xx.</summary>
public sealed class HostileInputTests(WebAppFactory factory) : IClassFixture<WebAppFactory>
{
    public static TheoryData<string> HostileValues => new()
    {
        "<script>alert(1)</script>",
        "\"><img src=x onerror=alert(1)>",
        "' OR 1=1; DROP TABLE movies; --",
        new string('x', 5000),
        "Amélie 天気の子 🎬 Ærø",
        "bad\u0001\u0007control",
        "%ZZ%",
        "%00",
        "99999999999999999999999",
        "-0",
        "1e400",
        "../../etc/passwd",
        "\u202Eevil",
    };

    [Theory]
    [MemberData(nameof(HostileValues))]
    public async Task AllEndpoints_HostileValue_NeverServerError(string value)
    {
        var client = factory.CreateClient();
        var v = Uri.EscapeDataString(value);
        string[] urls =
        [
            $"/?title={v}", $"/?title=Heat&minYear={v}&genres={v}&language={v}&diversity={v}&page={v}",
            $"/top-rated?minRating={v}&country={v}&n={v}", $"/people?name={v}", $"/movies/{v}",
            $"/api/search?q={v}&limit={v}", $"/api/search?q={v}", $"/api/v1/recommendations?title={v}",
            $"/api/v1/recommendations?id={v}&offset={v}", $"/api/v1/recommendations.csv?title={v}",
            $"/api/v1/movies/{v}", $"/api/v1/movies/top-rated?genres={v}&genreMode={v}", $"/{v}",
        ];

        foreach (var url in urls)
        {
            var response = await client.GetAsync(url);
            Assert.True((int)response.StatusCode < 500, $"{url} returned {(int)response.StatusCode}");
            if (response.Content.Headers.ContentType?.MediaType != "text/html")
            {
                // JSON may carry the query back as data (e.g. search's "query"); only HTML must be free of live markup.
                continue;
            }

            var body = await response.Content.ReadAsStringAsync();
            Assert.DoesNotContain("<script>alert(1)", body, StringComparison.Ordinal);
            Assert.DoesNotContain("<img src=x", body, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task Home_ScriptInTitle_IsEncodedInThePage()
    {
        var response = await factory.CreateClient().GetAsync("/?title=" + Uri.EscapeDataString("<script>alert(1)</script>"));

        var html = await response.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains("&lt;script&gt;alert(1)&lt;/script&gt;", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Pages_HostileCatalogRow_IsEncodedAndUnsafeUrlsDropped()
    {
        var html = await factory.CreateClient().GetStringAsync("/movies/666");

        Assert.DoesNotContain("<script>alert('x')", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<iframe", html, StringComparison.Ordinal);
        Assert.DoesNotContain("javascript:alert", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<img src=x", html, StringComparison.Ordinal);
        Assert.Contains("&lt;script&gt;", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Api_UnknownRoute_Returns404Problem()
    {
        var response = await factory.CreateClient().GetAsync("/api/v1/nothing-here");

        await HttpAssertions.AssertProblemAsync(response, HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Api_PostToGetEndpoint_Returns405Problem()
    {
        var response = await factory.CreateClient().PostAsync("/api/v1/recommendations?title=Heat", new StringContent("{}"));

        Assert.True((int)response.StatusCode is 405 or 400, $"got {(int)response.StatusCode}");
        Assert.Equal(HttpAssertions.ProblemJson, response.Content.Headers.ContentType?.MediaType);
    }
}
