namespace MovieRecommender.Web.Tests.Infrastructure;

/// <summary>
/// Tests that assert exact counter values read from <c>/metrics</c>. OpenTelemetry listens to every meter of the
/// app's name in the test process, so another test class's app running at the same time would add to the counts:
/// these run alone, after the parallel classes.
/// </summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class ProcessWideMetricsDefinition
{
    public const string Name = "Process-wide metrics";
}
