using System.Net;
using System.Net.Http.Headers;
using System.Text;
using Microsoft.AspNetCore.Mvc.Testing;
using MovieRecommender.Web.Tests.Infrastructure;

namespace MovieRecommender.Web.Tests.Controllers;

/// <summary>Admin form posts whose body cannot be read as a form: 400 with the friendly page, never 404 or 5xx.</summary>
public sealed class AdminFormBodyTests
{
    private static readonly WebApplicationFactoryClientOptions Browser = new() { AllowAutoRedirect = false, HandleCookies = true };

    public static TheoryData<string, string> BadBodies() => new()
    {
        { "application/x-www-form-urlencoded", new string('k', 5_000) + "=v" },
        { "application/x-www-form-urlencoded", string.Join('&', Enumerable.Range(0, 5_000).Select(i => $"k{i}=v")) },
        { "multipart/form-data; boundary=xyz", "--xyz\r\nContent-Disposition: broken\r\n\r\nvalue" },
        { "multipart/form-data", "no boundary at all" },
        { "application/json", "{\"key\":\"x\"}" },
    };

    private static StringContent Body(string contentType, string body)
    {
        var content = new StringContent(body, Encoding.UTF8);
        content.Headers.ContentType = MediaTypeHeaderValue.Parse(contentType);
        return content;
    }

    [Theory]
    [MemberData(nameof(BadBodies))]
    public async Task Login_UnreadableForm_Returns400Page(string contentType, string body)
    {
        // Arrange
        using var factory = WebAppFactory.WithAdmin(enabled: true);
        var client = factory.CreateClient(Browser);
        await AdminForms.AntiforgeryTokenAsync(client);

        // Act
        var response = await client.PostAsync("/admin/login", Body(contentType, body));

        // Assert
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("Bad request", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(BadBodies))]
    public async Task Login_ValidTokenHeaderButUnreadableForm_Returns400(string contentType, string body)
    {
        // Arrange: the token travels in a header, so only the key field is lost with the body.
        using var factory = WebAppFactory.WithAdmin(enabled: true);
        var client = factory.CreateClient(Browser);
        client.DefaultRequestHeaders.Add("RequestVerificationToken", await AdminForms.AntiforgeryTokenAsync(client));

        // Act
        var response = await client.PostAsync("/admin/login", Body(contentType, body));

        // Assert
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Theory]
    [MemberData(nameof(BadBodies))]
    public async Task Reload_UnreadableForm_Returns400Page(string contentType, string body)
    {
        // Arrange: signed in with the key header, as scripts are.
        using var factory = WebAppFactory.WithAdmin(enabled: true);
        var client = factory.CreateClient(Browser);
        client.DefaultRequestHeaders.Add("X-Admin-Key", WebAppFactory.AdminKey);
        await AdminForms.AntiforgeryTokenAsync(client, "/admin");

        // Act
        var response = await client.PostAsync("/admin/reload", Body(contentType, body));

        // Assert
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }
}
