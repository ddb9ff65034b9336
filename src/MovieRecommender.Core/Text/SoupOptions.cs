namespace MovieRecommender.Core.Text;

/// <summary>
/// What goes into a film's "soup" and how much each field counts. A weight is added to the term's raw
/// frequency, so weight 2 behaves like writing the token twice (as the original app did). Director ×3 and
/// overview ×0.5 (instead of ×2 and ×1) won the offline evaluation in docs/quality.md.
/// </summary>
public sealed record SoupOptions
{
    public const float DefaultKeywordWeight = 1f;
    public const int DefaultMaxKeywords = 15;
    public const float DefaultGenreWeight = 2f;
    public const float DefaultDirectorWeight = 3f;
    public const float DefaultCastWeight = 1f;
    public const int DefaultMaxCast = 3;
    public const float DefaultLeadCompanyWeight = 2f;
    public const float DefaultCompanyWeight = 1f;
    public const int DefaultMaxCompanies = 3;
    public const float DefaultCountryWeight = 1f;
    public const int DefaultMaxCountries = 2;
    public const float DefaultOverviewWeight = 0.5f;
    public const int DefaultMaxOverviewWords = 50;
    public const float DefaultTaglineWeight = 1f;

    public static SoupOptions Default { get; } = new();

    public float KeywordWeight { get; init; } = DefaultKeywordWeight;
    public int MaxKeywords { get; init; } = DefaultMaxKeywords;
    public float GenreWeight { get; init; } = DefaultGenreWeight;
    public float DirectorWeight { get; init; } = DefaultDirectorWeight;
    public float CastWeight { get; init; } = DefaultCastWeight;
    public int MaxCast { get; init; } = DefaultMaxCast;

    /// <summary>Weight of the first (lead) production company; the others get <see cref="CompanyWeight"/>.</summary>
    public float LeadCompanyWeight { get; init; } = DefaultLeadCompanyWeight;
    public float CompanyWeight { get; init; } = DefaultCompanyWeight;
    public int MaxCompanies { get; init; } = DefaultMaxCompanies;
    public float CountryWeight { get; init; } = DefaultCountryWeight;
    public int MaxCountries { get; init; } = DefaultMaxCountries;
    public float OverviewWeight { get; init; } = DefaultOverviewWeight;
    public int MaxOverviewWords { get; init; } = DefaultMaxOverviewWords;
    public float TaglineWeight { get; init; } = DefaultTaglineWeight;

    /// <summary>Key/value form for the model manifest.</summary>
    public IEnumerable<KeyValuePair<string, string>> ToParameters() =>
    [
        new("soup.keywordWeight", Invariant(KeywordWeight)), new("soup.maxKeywords", Invariant(MaxKeywords)),
        new("soup.genreWeight", Invariant(GenreWeight)), new("soup.directorWeight", Invariant(DirectorWeight)),
        new("soup.castWeight", Invariant(CastWeight)), new("soup.maxCast", Invariant(MaxCast)),
        new("soup.leadCompanyWeight", Invariant(LeadCompanyWeight)), new("soup.companyWeight", Invariant(CompanyWeight)),
        new("soup.maxCompanies", Invariant(MaxCompanies)), new("soup.countryWeight", Invariant(CountryWeight)),
        new("soup.maxCountries", Invariant(MaxCountries)), new("soup.overviewWeight", Invariant(OverviewWeight)),
        new("soup.maxOverviewWords", Invariant(MaxOverviewWords)), new("soup.taglineWeight", Invariant(TaglineWeight)),
    ];

    private static string Invariant(IFormattable value) => value.ToString(null, System.Globalization.CultureInfo.InvariantCulture);
}
