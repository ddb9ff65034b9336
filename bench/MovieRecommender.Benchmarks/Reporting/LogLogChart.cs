using System.Globalization;
using System.Net;
using System.Text;

namespace MovieRecommender.Benchmarks.Reporting;

/// <summary>Hand-written SVG line chart with logarithmic axes (decades), so 10k → 1M reads as straight scaling.</summary>
public static class LogLogChart
{
    private const int Width = 640;
    private const int Height = 400;
    private const int Left = 70;
    private const int Right = 190;
    private const int Top = 40;
    private const int Bottom = 50;

    public static string ToSvg(string title, string xLabel, string yLabel, IReadOnlyList<ChartSeries> series)
    {
        ArgumentNullException.ThrowIfNull(series);
        var points = series.SelectMany(s => s.Points).Where(p => p.X > 0 && p.Y > 0).ToArray();
        if (points.Length == 0)
        {
            throw new ArgumentException("No positive points to plot.", nameof(series));
        }

        var (xMin, xMax) = Decades(points.Min(p => p.X), points.Max(p => p.X));
        var (yMin, yMax) = Decades(points.Min(p => p.Y), points.Max(p => p.Y));
        var plotWidth = Width - Left - Right;
        var plotHeight = Height - Top - Bottom;
        double X(double value) => Left + ((Math.Log10(value) - xMin) / (xMax - xMin) * plotWidth);
        double Y(double value) => Top + plotHeight - ((Math.Log10(value) - yMin) / (yMax - yMin) * plotHeight);
        var invariant = CultureInfo.InvariantCulture;

        var svg = new StringBuilder();
        svg.AppendLine(invariant, $"<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"{Width}\" height=\"{Height}\" viewBox=\"0 0 {Width} {Height}\" font-family=\"sans-serif\" font-size=\"12\">");
        svg.AppendLine(invariant, $"<rect width=\"{Width}\" height=\"{Height}\" fill=\"#ffffff\"/>");
        svg.AppendLine(invariant, $"<text x=\"{Left + (plotWidth / 2)}\" y=\"22\" text-anchor=\"middle\" font-size=\"15\" font-weight=\"bold\">{WebUtility.HtmlEncode(title)}</text>");
        for (var decade = xMin; decade <= xMax; decade++)
        {
            var x = X(Math.Pow(10, decade));
            svg.AppendLine(invariant, $"<line x1=\"{x:0.0}\" x2=\"{x:0.0}\" y1=\"{Top}\" y2=\"{Top + plotHeight}\" stroke=\"#e0e0e0\"/>");
            svg.AppendLine(invariant, $"<text x=\"{x:0.0}\" y=\"{Top + plotHeight + 16}\" text-anchor=\"middle\">{FormatPower(decade)}</text>");
        }

        for (var decade = yMin; decade <= yMax; decade++)
        {
            var y = Y(Math.Pow(10, decade));
            svg.AppendLine(invariant, $"<line x1=\"{Left}\" x2=\"{Left + plotWidth}\" y1=\"{y:0.0}\" y2=\"{y:0.0}\" stroke=\"#e0e0e0\"/>");
            svg.AppendLine(invariant, $"<text x=\"{Left - 6}\" y=\"{y + 4:0.0}\" text-anchor=\"end\">{FormatPower(decade)}</text>");
        }

        svg.AppendLine(invariant, $"<rect x=\"{Left}\" y=\"{Top}\" width=\"{plotWidth}\" height=\"{plotHeight}\" fill=\"none\" stroke=\"#222\"/>");
        svg.AppendLine(invariant, $"<text x=\"{Left + (plotWidth / 2)}\" y=\"{Height - 12}\" text-anchor=\"middle\">{WebUtility.HtmlEncode(xLabel)}</text>");
        svg.AppendLine(invariant, $"<text transform=\"translate(16 {Top + (plotHeight / 2)}) rotate(-90)\" text-anchor=\"middle\">{WebUtility.HtmlEncode(yLabel)}</text>");

        for (var i = 0; i < series.Count; i++)
        {
            var line = series[i];
            var valid = line.Points.Where(p => p.X > 0 && p.Y > 0).OrderBy(p => p.X).ToArray();
            var path = string.Join(' ', valid.Select(p => string.Create(invariant, $"{X(p.X):0.0},{Y(p.Y):0.0}")));
            svg.AppendLine(invariant, $"<polyline points=\"{path}\" fill=\"none\" stroke=\"{line.Colour}\" stroke-width=\"2\"/>");
            foreach (var p in valid)
            {
                svg.AppendLine(invariant, $"<circle cx=\"{X(p.X):0.0}\" cy=\"{Y(p.Y):0.0}\" r=\"3.5\" fill=\"{line.Colour}\"><title>{WebUtility.HtmlEncode(line.Label)}: {p.Y:G4} at {p.X:N0}</title></circle>");
            }

            var legendY = Top + 10 + (i * 20);
            svg.AppendLine(invariant, $"<line x1=\"{Width - Right + 14}\" x2=\"{Width - Right + 34}\" y1=\"{legendY}\" y2=\"{legendY}\" stroke=\"{line.Colour}\" stroke-width=\"2\"/>");
            svg.AppendLine(invariant, $"<text x=\"{Width - Right + 40}\" y=\"{legendY + 4}\">{WebUtility.HtmlEncode(line.Label)}</text>");
        }

        svg.AppendLine("</svg>");
        return svg.ToString();
    }

    private static (int Min, int Max) Decades(double min, double max)
    {
        var low = (int)Math.Floor(Math.Log10(min));
        var high = (int)Math.Ceiling(Math.Log10(max));
        return (low, Math.Max(high, low + 1));
    }

    private static string FormatPower(int decade) => Math.Pow(10, decade).ToString(decade is < -3 or > 6 ? "0e0" : "#,0.###", CultureInfo.InvariantCulture);
}
