using System.Net;
using System.Net.Http.Json;
using MovieRecommender.Web.Tests.Infrastructure;

namespace MovieRecommender.Web.Tests.Analytics;

/// <summary>GET /api/v1/admin/experiments over events stored through the real pipeline.</summary>
public sealed class AdminExperimentsApiControllerTests
{
    private static readonly Dictionary<string, string?> Experiment = new()
    {
        ["Admin:Enabled"] = "true",
        ["Admin:ApiKey"] = WebAppFactory.AdminKey,
        ["Experiments:prior-test:Variants:control:Weight"] = "1",
        ["Experiments:prior-test:Variants:strong:Weight"] = "1",
        ["Experiments:prior-test:Variants:strong:PopularityPrior"] = "0.5",
    };

    [Fact]
    public async Task Get_WithoutKey_Returns401()
    {
        // Arrange
        using var factory = new WebAppFactory(Experiment);

        // Act
        var response = await factory.CreateClient().GetAsync("/api/v1/admin/experiments");

        // Assert
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task Get_AfterVisitsAndClicks_ReportsEachVariantWithIntervals()
    {
        // Arrange: visitors open a film page (a "similar" list served under their variant), see it and click once.
        using var factory = new WebAppFactory(Experiment);
        const int visitors = 12;
        for (var i = 0; i < visitors; i++)
        {
            var visitor = factory.CreateClient();
            (await visitor.GetAsync("/movies/949")).EnsureSuccessStatusCode();
            (await visitor.PostAsJsonAsync("/api/v1/events", new object[]
            {
                new { type = "impression", movieId = 1538, list = "similar", position = 0, sourceId = 949 },
                new { type = "impression", movieId = 155, list = "similar", position = 1, sourceId = 949 },
                new { type = "click", movieId = 1538, list = "similar", position = 0, sourceId = 949 },
            })).EnsureSuccessStatusCode();
        }

        await factory.WaitForEventsAsync(visitors * 4);
        var admin = factory.CreateClient();
        admin.DefaultRequestHeaders.Add("X-Admin-Key", WebAppFactory.AdminKey);

        // Act
        var json = await HttpAssertions.JsonAsync(await admin.GetAsync("/api/v1/admin/experiments"));

        // Assert
        var experiment = json.GetProperty("experiments")[0];
        Assert.Equal("prior-test", experiment.GetProperty("name").GetString());
        Assert.Equal("control", experiment.GetProperty("control").GetString());
        var variants = experiment.GetProperty("variants").EnumerateArray().ToList();
        Assert.Equal(["control", "strong"], variants.Select(v => v.GetProperty("name").GetString()));
        Assert.Equal(visitors, variants.Sum(v => v.GetProperty("exposures").GetInt64()));
        Assert.Equal(visitors * 2, variants.Sum(v => v.GetProperty("impressions").GetInt64()));
        foreach (var variant in variants.Where(v => v.GetProperty("exposures").GetInt64() > 0))
        {
            var ctr = variant.GetProperty("ctr");
            Assert.Equal(0.5, ctr.GetProperty("estimate").GetDouble(), 6);
            Assert.True(ctr.GetProperty("lower").GetDouble() < 0.5 && ctr.GetProperty("upper").GetDouble() > 0.5);
        }

        Assert.True(variants[1].TryGetProperty("difference", out _));
        Assert.True(experiment.TryGetProperty("sampleRatioMismatch", out _));
    }
}
