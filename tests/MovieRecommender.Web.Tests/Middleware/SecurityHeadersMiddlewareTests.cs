using MovieRecommender.Web.Tests.Infrastructure;

namespace MovieRecommender.Web.Tests.Middleware;

public sealed class SecurityHeadersMiddlewareTests(WebAppFactory factory) : IClassFixture<WebAppFactory>
{
    [Theory]
    [InlineData("/")]
    [InlineData("/api/health")]
    [InlineData("/does-not-exist")]
    [InlineData("/api/v1/recommendations?n=bad")]
    public async Task Response_AnyPath_CarriesSecurityHeaders(string url)
    {
        var response = await factory.CreateClient().GetAsync(url);

        var csp = string.Join(' ', response.Headers.GetValues("Content-Security-Policy"));
        Assert.Contains("default-src 'self'", csp, StringComparison.Ordinal);
        Assert.Contains("script-src 'self';", csp, StringComparison.Ordinal);
        Assert.Contains("img-src 'self' data: https://image.tmdb.org", csp, StringComparison.Ordinal);
        Assert.Contains("frame-ancestors 'none'", csp, StringComparison.Ordinal);
        Assert.Equal("nosniff", string.Join(',', response.Headers.GetValues("X-Content-Type-Options")));
        Assert.Equal("strict-origin-when-cross-origin", string.Join(',', response.Headers.GetValues("Referrer-Policy")));
        Assert.True(response.Headers.Contains("Permissions-Policy"));
    }

    [Fact]
    public async Task Pages_Html_HasNoInlineScriptsOrHandlers()
    {
        var html = await factory.CreateClient().GetStringAsync("/?title=Heat");

        // The one script element without src is the layout's JSON data block (#ui-text): data, never run.
        Assert.DoesNotMatch("<script(?![^>]*\\bsrc=)(?![^>]*type=\"application/json\")[^>]*>", html);
        Assert.DoesNotMatch("\\son[a-z]+=\"", html);
        Assert.DoesNotContain(" style=\"", html, StringComparison.Ordinal);
    }
}
