using System.Net;
using MovieRecommender.Web.Tests.Infrastructure;

namespace MovieRecommender.Web.Tests.Controllers;

public sealed class LoadingControllerTests
{
    [Fact]
    public async Task Index_WhileTraining_ShowsProgressAndStage()
    {
        using var factory = new WebAppFactory();
        factory.Recommender.IsReady = false;
        var client = factory.CreateClient();
        factory.LoadState.ReportProgress(0.6, "Training the demo model: Neighbours");

        var response = await client.GetAsync("/loading");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains("value=\"60\"", html, StringComparison.Ordinal);
        Assert.Contains("Training the demo model: Neighbours", html, StringComparison.Ordinal);
    }
}
