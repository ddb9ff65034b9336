using System.Globalization;
using System.Net;
using System.Text;
using Microsoft.AspNetCore.Html;
using Microsoft.Extensions.Localization;

namespace MovieRecommender.Web.Presentation;

/// <summary>
/// Renders a bar chart as inline SVG on the server: no script, no CDN. It is an image with a title and a text
/// description for screen readers (the page puts the same numbers in a table beside it), and it draws with CSS
/// classes and currentColor, so it follows the light and dark themes. Chosen over ScottPlot's SVG, whose colours are
/// fixed in the markup and whose text layout depends on the fonts installed on the server.
/// </summary>
public static class SvgBarChart
{
    private const int Width = 640;
    private const int Height = 240;
    private const int Left = 48;
    private const int Right = 12;
    private const int Top = 12;
    private const int Bottom = 40;
    private const int GridLines = 4;
    private const int MaxLabelCharacters = 14;

    /// <remarks>The description for screen readers is in the request's language, from <paramref name="text"/>.</remarks>
    public static IHtmlContent Render(string id, string title, IReadOnlyList<ChartPoint> points, Func<double, string> format, IStringLocalizer text)
    {
        ArgumentNullException.ThrowIfNull(points);
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(format);
        var max = points.Count == 0 ? 0 : points.Max(p => p.Value);
        var scaleMax = NiceCeiling(max);
        var plotWidth = Width - Left - Right;
        var plotHeight = Height - Top - Bottom;
        var svg = new StringBuilder(4096);
        svg.Append(CultureInfo.InvariantCulture, $"<svg class=\"chart\" viewBox=\"0 0 {Width} {Height}\" role=\"img\" aria-labelledby=\"{id}-title {id}-desc\" preserveAspectRatio=\"xMidYMid meet\">");
        svg.Append(CultureInfo.InvariantCulture, $"<title id=\"{id}-title\">{Encode(title)}</title>");
        svg.Append(CultureInfo.InvariantCulture, $"<desc id=\"{id}-desc\">{Encode(Describe(points, format, text))}</desc>");
        for (var i = 0; i <= GridLines; i++)
        {
            var value = scaleMax * i / GridLines;
            var y = Top + plotHeight - (plotHeight * i / (double)GridLines);
            svg.Append(CultureInfo.InvariantCulture, $"<line class=\"chart-grid\" x1=\"{Left}\" x2=\"{Width - Right}\" y1=\"{y:0.#}\" y2=\"{y:0.#}\"/>");
            svg.Append(CultureInfo.InvariantCulture, $"<text class=\"chart-axis\" x=\"{Left - 6}\" y=\"{y + 4:0.#}\" text-anchor=\"end\">{Encode(format(value))}</text>");
        }

        if (points.Count > 0)
        {
            var slot = plotWidth / (double)points.Count;
            var barWidth = Math.Max(1, slot * 0.7);
            var labelEvery = Math.Max(1, (int)Math.Ceiling(points.Count / 10.0));
            for (var i = 0; i < points.Count; i++)
            {
                var h = scaleMax <= 0 ? 0 : plotHeight * points[i].Value / scaleMax;
                var x = Left + (slot * i) + ((slot - barWidth) / 2);
                svg.Append(CultureInfo.InvariantCulture, $"<rect class=\"chart-bar\" x=\"{x:0.#}\" y=\"{Top + plotHeight - h:0.#}\" width=\"{barWidth:0.#}\" height=\"{h:0.#}\"/>");
                if (i % labelEvery == 0)
                {
                    svg.Append(CultureInfo.InvariantCulture, $"<text class=\"chart-axis\" x=\"{Left + (slot * i) + (slot / 2):0.#}\" y=\"{Height - Bottom + 16}\" text-anchor=\"middle\">{Encode(Shorten(points[i].Label))}</text>");
                }
            }
        }
        else
        {
            svg.Append(CultureInfo.InvariantCulture, $"<text class=\"chart-axis\" x=\"{Width / 2}\" y=\"{Height / 2}\" text-anchor=\"middle\">No data yet</text>");
        }

        svg.Append("</svg>");
        return new HtmlString(svg.ToString());
    }

    private static string Describe(IReadOnlyList<ChartPoint> points, Func<double, string> format, IStringLocalizer text)
    {
        if (points.Count == 0)
        {
            return text["Chart.NoData"];
        }

        var highest = points.MaxBy(p => p.Value)!;
        return text["Chart.Describe", points.Count, points[0].Label, points[^1].Label, format(highest.Value), highest.Label];
    }

    /// <summary>1, 2 or 5 times a power of ten at or above the value, so grid lines fall on round numbers.</summary>
    internal static double NiceCeiling(double value)
    {
        if (value <= 0 || !double.IsFinite(value))
        {
            return 1;
        }

        var magnitude = Math.Pow(10, Math.Floor(Math.Log10(value)));
        foreach (var step in new[] { 1.0, 2.0, 5.0, 10.0 })
        {
            if (step * magnitude >= value)
            {
                return step * magnitude;
            }
        }

        return 10 * magnitude;
    }

    private static string Shorten(string label) => label.Length <= MaxLabelCharacters ? label : label[..(MaxLabelCharacters - 1)] + "…";

    private static string Encode(string text) => WebUtility.HtmlEncode(text);
}
