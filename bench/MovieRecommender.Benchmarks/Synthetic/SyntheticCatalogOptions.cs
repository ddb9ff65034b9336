namespace MovieRecommender.Benchmarks.Synthetic;

/// <summary>Vocabulary sizes and Zipf exponents of the synthetic catalog (defaults resemble the TMDB dump).</summary>
public sealed record SyntheticCatalogOptions
{
    public int Seed { get; init; } = 42;
    public int OverviewVocabulary { get; init; } = 60_000;
    public double OverviewExponent { get; init; } = 1.0;
    public int KeywordVocabulary { get; init; } = 30_000;
    public double KeywordExponent { get; init; } = 1.1;
    public int CompanyVocabulary { get; init; } = 50_000;
    public double CompanyExponent { get; init; } = 1.2;
    public int People { get; init; } = 400_000;
    public double PeopleExponent { get; init; } = 1.0;
    public double MeanOverviewWords { get; init; } = 50;
    public double EmptyOverviewShare { get; init; } = 0.1;
    public double TaglineShare { get; init; } = 0.4;
    public double NoKeywordShare { get; init; } = 0.3;
    public double MeanKeywords { get; init; } = 8;
    public int CastPerFilm { get; init; } = 10;
}
