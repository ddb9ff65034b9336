namespace MovieRecommender.Benchmarks.Synthetic;

/// <summary>Production countries by typical frequency: ISO code (in-memory films) and TMDB dump name (CSV).</summary>
public static class SyntheticCountries
{
    public static IReadOnlyList<(string Code, string Name)> All { get; } =
    [
        ("US", "United States of America"), ("GB", "United Kingdom"), ("FR", "France"), ("DE", "Germany"),
        ("JP", "Japan"), ("CA", "Canada"), ("IT", "Italy"), ("ES", "Spain"), ("IN", "India"), ("CN", "China"),
        ("KR", "South Korea"), ("AU", "Australia"), ("MX", "Mexico"), ("BR", "Brazil"), ("SE", "Sweden"),
        ("RU", "Russia"), ("HK", "Hong Kong"), ("DK", "Denmark"), ("NL", "Netherlands"), ("AR", "Argentina"),
    ];

    public static string NameOf(string code) => All.FirstOrDefault(c => c.Code == code).Name ?? code;
}
