using System.Text.Json;
using Microsoft.Extensions.Localization;

namespace MovieRecommender.Web.Localization;

/// <summary>
/// The strings page scripts show ("Link copied", "Rated Heat 4 out of 5 stars."), in the request's language, as
/// the JSON the layout puts in a <c>&lt;script type="application/json" id="ui-text"&gt;</c> block (data, not code,
/// so the CSP allows it). Every resource key starting with "Js." is sent, without the prefix.
/// </summary>
public static class ClientText
{
    public const string KeyPrefix = "Js.";

    public static string Json(IStringLocalizer text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var strings = text.GetAllStrings(includeParentCultures: true)
            .Where(s => s.Name.StartsWith(KeyPrefix, StringComparison.Ordinal))
            .GroupBy(s => s.Name[KeyPrefix.Length..], StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.First().Value, StringComparer.Ordinal);
        // The default encoder escapes <, > and &, so the text cannot close the script element.
        return JsonSerializer.Serialize(strings);
    }
}
