using System.Globalization;
using System.Net;
using System.Text;
using MovieRecommender.Evaluation.Protocol;

namespace MovieRecommender.Evaluation.Reporting;

/// <summary>Hand-written SVG: one horizontal NDCG bar per configuration with its 95% interval as a whisker.</summary>
public static class QualityChart
{
    private const int Width = 960;
    private const int LabelWidth = 330;
    private const int BarHeight = 18;
    private const int RowHeight = 24;
    private const int Top = 40;
    private const int Bottom = 30;
    private const int RightMargin = 150;

    public static string ToSvg(IReadOnlyList<ConfigurationResult> results, int cutoff)
    {
        ArgumentNullException.ThrowIfNull(results);
        var height = Top + (results.Count * RowHeight) + Bottom;
        var maximum = Math.Max(0.01, results.Max(r => r.Ndcg.Upper)) * 1.05;
        var plotWidth = Width - LabelWidth - RightMargin;
        double X(double value) => LabelWidth + (value / maximum * plotWidth);

        var svg = new StringBuilder();
        svg.AppendLine(CultureInfo.InvariantCulture,
            $"<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"{Width}\" height=\"{height}\" viewBox=\"0 0 {Width} {height}\" font-family=\"sans-serif\" font-size=\"12\">");
        svg.AppendLine(CultureInfo.InvariantCulture, $"<rect width=\"{Width}\" height=\"{height}\" fill=\"#ffffff\"/>");
        svg.AppendLine(CultureInfo.InvariantCulture,
            $"<text x=\"{Width / 2}\" y=\"22\" text-anchor=\"middle\" font-size=\"15\" font-weight=\"bold\">NDCG@{cutoff} per configuration (95% CI); grey: baselines, blue: tuning steps, green: the product's trainer/engine</text>");
        for (var i = 0; i < results.Count; i++)
        {
            var result = results[i];
            var y = Top + (i * RowHeight);
            var colour = result.Name.Contains("baseline", StringComparison.OrdinalIgnoreCase) ? "#9e9e9e"
                : result.Name.StartsWith("trainer:", StringComparison.Ordinal) || result.Name.StartsWith("engine:", StringComparison.Ordinal) ? "#2e7d32"
                : "#3f7fbf";
            svg.AppendLine(CultureInfo.InvariantCulture,
                $"<text x=\"{LabelWidth - 8}\" y=\"{y + 13}\" text-anchor=\"end\">{WebUtility.HtmlEncode(result.Name)}</text>");
            svg.AppendLine(CultureInfo.InvariantCulture,
                $"<rect x=\"{LabelWidth}\" y=\"{y}\" width=\"{X(result.Ndcg.Mean) - LabelWidth:0.0}\" height=\"{BarHeight}\" fill=\"{colour}\"/>");
            svg.AppendLine(CultureInfo.InvariantCulture,
                $"<line x1=\"{X(result.Ndcg.Lower):0.0}\" x2=\"{X(result.Ndcg.Upper):0.0}\" y1=\"{y + (BarHeight / 2)}\" y2=\"{y + (BarHeight / 2)}\" stroke=\"#222\" stroke-width=\"1.5\"/>");
            svg.AppendLine(CultureInfo.InvariantCulture,
                $"<text x=\"{X(result.Ndcg.Upper) + 6:0.0}\" y=\"{y + 13}\">{result.Ndcg.Mean:0.000}  (coverage {result.Coverage:0.0%})</text>");
        }

        var axisY = Top + (results.Count * RowHeight) + 4;
        svg.AppendLine(CultureInfo.InvariantCulture,
            $"<line x1=\"{LabelWidth}\" x2=\"{Width - RightMargin}\" y1=\"{axisY}\" y2=\"{axisY}\" stroke=\"#222\"/>");
        svg.AppendLine(CultureInfo.InvariantCulture,
            $"<text x=\"{LabelWidth}\" y=\"{axisY + 16}\">0</text><text x=\"{Width - RightMargin}\" y=\"{axisY + 16}\" text-anchor=\"end\">{maximum:0.000}</text>");
        svg.AppendLine("</svg>");
        return svg.ToString();
    }
}
