namespace MovieRecommender.Web.Presentation;

/// <summary>One bar of a chart: its label and value.</summary>
public sealed record ChartPoint(string Label, double Value);
