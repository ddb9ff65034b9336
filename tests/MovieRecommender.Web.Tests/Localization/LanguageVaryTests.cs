using MovieRecommender.Web.Tests.Infrastructure;

namespace MovieRecommender.Web.Tests.Localization;

/// <summary>Localised responses tell caches they depend on Accept-Language and the culture cookie; data does not.</summary>
public sealed class LanguageVaryTests(WebAppFactory factory) : IClassFixture<WebAppFactory>
{
    [Theory]
    [InlineData("/")]
    [InlineData("/movies/949")]
    [InlineData("/api/v1/movies/123456")]
    public async Task LocalisedResponse_VariesByAcceptLanguageAndCookie(string path)
    {
        var response = await GetAsync(path);

        var vary = string.Join(",", response.Headers.Vary);
        Assert.Contains("Accept-Language", vary, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("Cookie", vary, StringComparison.OrdinalIgnoreCase);
        Assert.Equal(1, response.Headers.Vary.Count(v => v.Equals("Accept-Language", StringComparison.OrdinalIgnoreCase)));
    }

    [Fact]
    public async Task CultureInvariantJson_NoLanguageVary()
    {
        var response = await GetAsync("/api/v1/movies/949");

        Assert.DoesNotContain(response.Headers.Vary, v => v.Equals("Accept-Language", StringComparison.OrdinalIgnoreCase));
    }

    private async Task<HttpResponseMessage> GetAsync(string path)
    {
        using var client = factory.CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        request.Headers.AcceptLanguage.ParseAdd("es");
        return await client.SendAsync(request);
    }
}
