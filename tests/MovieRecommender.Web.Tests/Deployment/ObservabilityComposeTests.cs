using System.Net;
using System.Text.Json;
using System.Text.RegularExpressions;
using MovieRecommender.Web.Tests.Infrastructure;
using MovieRecommender.Web.Tests.Observability;
using YamlDotNet.RepresentationModel;

namespace MovieRecommender.Web.Tests.Deployment;

/// <summary>
/// The docker-compose "observability" profile, checked without a Docker engine: the compose file and the
/// Prometheus/Grafana files parse, they point at each other and at the app, and every metric the Grafana dashboard
/// queries is one the app really exposes.
/// </summary>
public sealed partial class ObservabilityComposeTests
{
    private static readonly string Root = FindRepositoryRoot();

    [Fact]
    public void Compose_ObservabilityProfile_RunsPrometheusAndGrafanaWithTheRepositoryConfiguration()
    {
        // Act
        var services = (YamlMappingNode)Load("docker-compose.yml")["services"];

        // Assert
        foreach (var name in new[] { "prometheus", "grafana" })
        {
            var service = (YamlMappingNode)services[name];
            Assert.Equal(["observability"], ((YamlSequenceNode)service["profiles"]).Select(n => n.ToString()));
            foreach (var volume in ((YamlSequenceNode)service["volumes"]).Select(v => v.ToString()).Where(v => v.StartsWith("./", StringComparison.Ordinal)))
            {
                var hostPath = Path.Combine(Root, volume.Split(':')[0]);
                Assert.True(File.Exists(hostPath) || Directory.Exists(hostPath), $"{name} mounts {hostPath}, which does not exist");
            }
        }

        var web = (YamlMappingNode)services["web"];
        Assert.Contains(((YamlMappingNode)web["environment"]).Children, e => e.Key.ToString().StartsWith("Metrics__AllowedNetworks", StringComparison.Ordinal));
    }

    [Fact]
    public void Prometheus_ScrapesTheWebServiceMetricsPath()
    {
        // Act
        var job = (YamlMappingNode)((YamlSequenceNode)Load("deploy/observability/prometheus.yml")["scrape_configs"])[0];

        // Assert
        Assert.Equal("/metrics", job["metrics_path"].ToString());
        var target = ((YamlSequenceNode)((YamlMappingNode)((YamlSequenceNode)job["static_configs"])[0])["targets"])[0].ToString();
        Assert.Equal("web:8080", target);
    }

    [Fact]
    public async Task Dashboard_EveryQueriedMetric_IsExposedByTheApp()
    {
        // Arrange: a scrape after some traffic (events too), parsed by the Prometheus parser.
        using var factory = new WebAppFactory();
        var client = factory.CreateClient();
        (await client.GetAsync("/?title=Heat")).EnsureSuccessStatusCode();
        (await client.GetAsync("/api/search?q=heat")).EnsureSuccessStatusCode();
        await client.PostAsync("/api/v1/events", new StringContent("""[{"type":"click","movieId":1,"list":"similar"}]""", System.Text.Encoding.UTF8, "application/json"));
        var scrape = await MetricsEndpointTests.ScrapeAsync(factory, IPAddress.Loopback);
        var exposed = (await PrometheusTextParser.ParseAsync(await MetricsEndpointTests.ReadBodyAsync(scrape))).Select(s => s.Name).ToHashSet();
        using var dashboard = JsonDocument.Parse(File.ReadAllText(Path.Combine(Root, "deploy/observability/grafana/dashboards/movierecommender.json")));

        // Act
        var queried = dashboard.RootElement.GetProperty("panels").EnumerateArray()
            .SelectMany(p => p.GetProperty("targets").EnumerateArray())
            .SelectMany(t => MetricName().Matches(LabelParts().Replace(t.GetProperty("expr").GetString()!, " ")).Select(m => m.Value))
            .ToHashSet();

        // Assert: counters of rare events (a rate-limit rejection, a dropped event) appear only once one happened;
        // MetricsEndpointTests and EventChannelBackPressureTests check those names.
        string[] onlyAfterFirstOccurrence = ["aspnetcore_rate_limiting_requests_total", "movierec_events_dropped_total"];
        Assert.NotEmpty(queried);
        Assert.All(queried.Except(onlyAfterFirstOccurrence), q => Assert.Contains(q, exposed));
    }

    private static YamlMappingNode Load(string relativePath)
    {
        var yaml = new YamlStream();
        using var reader = new StreamReader(Path.Combine(Root, relativePath));
        yaml.Load(reader);
        return (YamlMappingNode)yaml.Documents[0].RootNode;
    }

    private static string FindRepositoryRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "docker-compose.yml")))
        {
            directory = directory.Parent;
        }

        return directory?.FullName ?? throw new InvalidOperationException("docker-compose.yml not found above the test output");
    }

    /// <summary>Label matchers <c>{...}</c> and grouping <c>by (...)</c>: label names, not metric names.</summary>
    [GeneratedRegex(@"\{[^}]*\}|\bby\s*\([^)]*\)")]
    private static partial Regex LabelParts();

    /// <summary>Metric names in PromQL: the app's, ASP.NET Core's and the runtime's families.</summary>
    [GeneratedRegex(@"\b(?:movierec|http_server|aspnetcore|kestrel|dotnet)_[a-z_]+\b")]
    private static partial Regex MetricName();
}
