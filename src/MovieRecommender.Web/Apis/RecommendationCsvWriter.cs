using System.Globalization;
using System.Text;
using MovieRecommender.Core.Recommendations;
using MovieRecommender.Web.Presentation;

namespace MovieRecommender.Web.Apis;

/// <summary>
/// RFC 4180 CSV of a recommendation list. Cells that a spreadsheet would run as a formula are prefixed with an
/// apostrophe (CSV injection).
/// </summary>
public static class RecommendationCsvWriter
{
    private static readonly string[] Header = ["rank", "id", "title", "year", "genres", "rating", "votes", "similarity", "imdbUrl", "explanation"];

    public static byte[] Write(RecommendationResult result)
    {
        var text = new StringBuilder();
        text.AppendJoin(',', Header).Append("\r\n");
        var rank = result.Offset;
        foreach (var r in result.Items)
        {
            rank++;
            var m = r.Movie;
            string[] cells =
            [
                rank.ToString(CultureInfo.InvariantCulture),
                m.Id.ToString(CultureInfo.InvariantCulture),
                m.Title,
                m.Year?.ToString(CultureInfo.InvariantCulture) ?? string.Empty,
                string.Join('|', m.Genres),
                m.VoteAverage.ToString("0.0", CultureInfo.InvariantCulture),
                m.VoteCount.ToString(CultureInfo.InvariantCulture),
                r.Similarity.ToString("0.0000", CultureInfo.InvariantCulture),
                MovieLinks.ImdbUrl(m.ImdbId) ?? string.Empty,
                string.Join("; ", r.Explanation.Select(e => $"{ExplanationLabels.Label(e.Kind)}: {e.Value}")),
            ];
            text.AppendJoin(',', cells.Select(Escape)).Append("\r\n");
        }

        return Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes(text.ToString())).ToArray();
    }

    internal static string Escape(string value)
    {
        if (value.Length > 0 && value[0] is '=' or '+' or '-' or '@' or '\t' or '\r')
        {
            value = "'" + value;
        }

        return value.IndexOfAny([',', '"', '\r', '\n']) >= 0 ? $"\"{value.Replace("\"", "\"\"", StringComparison.Ordinal)}\"" : value;
    }
}
