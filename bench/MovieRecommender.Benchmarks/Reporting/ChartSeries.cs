namespace MovieRecommender.Benchmarks.Reporting;

/// <summary>One line of a chart: a legend label, an SVG colour and (x, y) points.</summary>
public sealed record ChartSeries(string Label, string Colour, IReadOnlyList<(double X, double Y)> Points);
