using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using MovieRecommender.Web.Analytics;
using MovieRecommender.Web.Experiments;

namespace MovieRecommender.Web.Tests.Analytics;

/// <summary>Experiments in configuration: a bad one stops the app at start with a message naming the key.</summary>
public sealed class ExperimentsSettingsTests
{
    private const string Prefix = "Experiments:prior-test:Variants:";

    [Theory]
    [InlineData("strong:Algorithm", "magic", "Experiments:prior-test:Variants:strong:Algorithm")]
    [InlineData("strong:Weight", "0", "Experiments:prior-test:Variants:strong:Weight")]
    [InlineData("strong:PopularityPrior", "2", "Experiments:prior-test:Variants:strong:PopularityPrior")]
    [InlineData("strong:Diversity", "-0.5", "Experiments:prior-test:Variants:strong:Diversity")]
    [InlineData("bad name!:Weight", "1", "Experiments:prior-test:Variants:bad name!")]
    public async Task Start_InvalidVariant_FailsNamingTheKey(string key, string value, string expected)
    {
        // Arrange
        await using var app = BuildApp(new Dictionary<string, string?> { [Prefix + "control:Weight"] = "1", [Prefix + key] = value });

        // Act
        var error = await Assert.ThrowsAsync<OptionsValidationException>(() => app.StartAsync());

        // Assert
        Assert.Contains(expected, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Start_SingleVariant_FailsAskingForTwo()
    {
        // Arrange
        await using var app = BuildApp(new Dictionary<string, string?> { [Prefix + "control:Weight"] = "1" });

        // Act
        var error = await Assert.ThrowsAsync<OptionsValidationException>(() => app.StartAsync());

        // Assert
        Assert.Contains("Experiments:prior-test:Variants needs at least two variants", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Catalog_ValidExperiment_ControlIsTheVariantNamedControl()
    {
        // Arrange
        await using var app = BuildApp(new Dictionary<string, string?>
        {
            [Prefix + "a-strong:Weight"] = "3",
            [Prefix + "a-strong:PopularityPrior"] = "0.4",
            [Prefix + "control:Weight"] = "1",
        });
        await app.StartAsync();

        // Act
        var experiment = Assert.Single(app.Services.GetRequiredService<ExperimentCatalog>().Running);

        // Assert
        Assert.Equal("control", experiment.Control);
        Assert.Equal(0.4, experiment.Variants.Single(v => v.Name == "a-strong").Settings.PopularityPrior);
        await app.StopAsync();
    }

    private static WebApplication BuildApp(IDictionary<string, string?> settings)
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { EnvironmentName = "Development" });
        builder.WebHost.UseTestServer();
        builder.Configuration.AddInMemoryCollection(settings);
        builder.Services.AddExperiments();
        return builder.Build();
    }
}
