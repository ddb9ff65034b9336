using System.Net;
using System.Net.Http.Json;
using MovieRecommender.Web.Tests.Infrastructure;

namespace MovieRecommender.Web.Tests.Analytics;

/// <summary>/admin/analytics: server-rendered accessible charts with tables, stored searches above the minimum count.</summary>
public sealed class AnalyticsDashboardTests
{
    [Fact]
    public async Task Analytics_AfterTraffic_ShowsChartsTablesAndOnlyFrequentSearches()
    {
        // Arrange: "heat" searched three times (the minimum), "zzqx" three times with no result, "collateral" once.
        using var factory = WebAppFactory.WithAdmin(enabled: true);
        var visitor = factory.CreateClient();
        for (var i = 0; i < 3; i++)
        {
            (await visitor.GetAsync("/?title=Heat")).EnsureSuccessStatusCode();
            await visitor.GetAsync("/?title=zzqx");
        }

        (await visitor.GetAsync("/?title=Collateral")).EnsureSuccessStatusCode();
        (await visitor.PostAsJsonAsync("/api/v1/events", new[] { new { type = "impression", movieId = 155, list = "similar" }, new { type = "click", movieId = 155, list = "similar" } })).EnsureSuccessStatusCode();
        await factory.WaitForEventsAsync(13);
        var admin = factory.CreateClient();
        admin.DefaultRequestHeaders.Add("X-Admin-Key", WebAppFactory.AdminKey);

        // Act
        var response = await admin.GetAsync("/admin/analytics");
        var html = await response.Content.ReadAsStringAsync();

        // Assert
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(3, CountOf(html, "<svg class=\"chart\""));
        Assert.Contains("role=\"img\" aria-labelledby=\"chart-searches-title chart-searches-desc\"", html, StringComparison.Ordinal);
        Assert.Contains("<td>heat</td><td class=\"num\">3</td>", html, StringComparison.Ordinal);
        Assert.Contains("<td>zzqx</td><td class=\"num\">3</td>", html, StringComparison.Ordinal);
        Assert.DoesNotContain("collateral</td>", html, StringComparison.Ordinal);
        Assert.Contains("100.0%", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<script>", html, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("<td>/</td>", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<td>//", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Analytics_WithoutAdmin_IsNotFound()
    {
        // Arrange
        using var factory = WebAppFactory.WithAdmin(enabled: false);

        // Act
        var response = await factory.CreateClient().GetAsync("/admin/analytics");

        // Assert
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    private static int CountOf(string text, string value) => (text.Length - text.Replace(value, string.Empty, StringComparison.Ordinal).Length) / value.Length;
}
