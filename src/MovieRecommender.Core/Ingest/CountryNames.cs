using System.Collections.Frozen;

namespace MovieRecommender.Core.Ingest;

/// <summary>
/// Maps the English country names of the TMDB full dump to ISO 3166-1 alpha-2 codes, so both catalog layouts
/// agree on <see cref="Catalog.Movie.Countries"/>. Covers TMDB's most frequent production countries; an
/// unknown name is kept as written (consistently), which is still a usable token.
/// </summary>
internal static class CountryNames
{
    private static readonly FrozenDictionary<string, string> CodesByName = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase)
    {
        ["United States of America"] = "US", ["United Kingdom"] = "GB", ["France"] = "FR", ["Germany"] = "DE",
        ["Canada"] = "CA", ["Japan"] = "JP", ["Italy"] = "IT", ["Spain"] = "ES", ["India"] = "IN",
        ["China"] = "CN", ["Hong Kong"] = "HK", ["Australia"] = "AU", ["South Korea"] = "KR", ["Mexico"] = "MX",
        ["Brazil"] = "BR", ["Russia"] = "RU", ["Sweden"] = "SE", ["Denmark"] = "DK", ["Norway"] = "NO",
        ["Finland"] = "FI", ["Netherlands"] = "NL", ["Belgium"] = "BE", ["Switzerland"] = "CH", ["Austria"] = "AT",
        ["Ireland"] = "IE", ["New Zealand"] = "NZ", ["Argentina"] = "AR", ["Chile"] = "CL", ["Colombia"] = "CO",
        ["Peru"] = "PE", ["Poland"] = "PL", ["Czech Republic"] = "CZ", ["Hungary"] = "HU", ["Romania"] = "RO",
        ["Bulgaria"] = "BG", ["Greece"] = "GR", ["Turkey"] = "TR", ["Israel"] = "IL", ["Iran"] = "IR",
        ["Egypt"] = "EG", ["South Africa"] = "ZA", ["Nigeria"] = "NG", ["Morocco"] = "MA", ["Taiwan"] = "TW",
        ["Thailand"] = "TH", ["Philippines"] = "PH", ["Indonesia"] = "ID", ["Malaysia"] = "MY", ["Singapore"] = "SG",
        ["Vietnam"] = "VN", ["Pakistan"] = "PK", ["Bangladesh"] = "BD", ["Portugal"] = "PT", ["Ukraine"] = "UA",
        ["Serbia"] = "RS", ["Croatia"] = "HR", ["Slovenia"] = "SI", ["Slovakia"] = "SK", ["Iceland"] = "IS",
        ["Luxembourg"] = "LU", ["Estonia"] = "EE", ["Latvia"] = "LV", ["Lithuania"] = "LT", ["Cuba"] = "CU",
        ["Venezuela"] = "VE", ["Uruguay"] = "UY", ["Lebanon"] = "LB", ["United Arab Emirates"] = "AE",
        ["Saudi Arabia"] = "SA", ["Kazakhstan"] = "KZ", ["Georgia"] = "GE", ["Soviet Union"] = "SU",
        ["Yugoslavia"] = "YU", ["Czechoslovakia"] = "XC", ["East Germany"] = "XG", ["West Germany"] = "DE",
        ["Bosnia and Herzegovina"] = "BA", ["Puerto Rico"] = "PR", ["Jamaica"] = "JM", ["Kenya"] = "KE",
        ["Tunisia"] = "TN", ["Algeria"] = "DZ", ["Qatar"] = "QA", ["Jordan"] = "JO", ["Nepal"] = "NP",
        ["Sri Lanka"] = "LK", ["Malta"] = "MT", ["Cyprus"] = "CY",
    }.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);

    private static readonly FrozenDictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> Lookup =
        CodesByName.GetAlternateLookup<ReadOnlySpan<char>>();

    public static bool TryGetCode(ReadOnlySpan<char> name, out string code) => Lookup.TryGetValue(name, out code!);
}
