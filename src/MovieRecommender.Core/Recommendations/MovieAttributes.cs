using MovieRecommender.Core.Catalog;

namespace MovieRecommender.Core.Recommendations;

/// <summary>
/// The filterable metadata of every film as flat arrays (genres as a bit mask, language as a small id), so
/// that checking a filter against a million films reads a few cache-friendly arrays instead of walking
/// records and comparing strings.
/// </summary>
internal sealed class MovieAttributes
{
    public const int UnknownYear = int.MinValue;
    public const int UnknownRuntime = -1;
    public const int UnknownLanguage = -1;
    private const int MaxMaskedGenres = 64;

    private readonly Dictionary<string, int> _genreBits;
    private readonly Dictionary<string, int> _languageIds;

    private MovieAttributes(int count)
    {
        Years = new int[count];
        Runtimes = new int[count];
        Votes = new int[count];
        Ratings = new double[count];
        GenreMasks = new ulong[count];
        Languages = new int[count];
        _genreBits = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        _languageIds = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
    }

    public int[] Years { get; }

    public int[] Runtimes { get; }

    public int[] Votes { get; }

    public double[] Ratings { get; }

    public ulong[] GenreMasks { get; }

    public int[] Languages { get; }

    /// <summary>False when the catalog has more than 64 distinct genres; genre checks then compare strings.</summary>
    public bool GenresFitMask => _genreBits.Count <= MaxMaskedGenres;

    public long ApproximateBytes => (long)Years.Length * ((4 * sizeof(int)) + sizeof(double) + sizeof(ulong));

    public static MovieAttributes Build(IReadOnlyList<Movie> movies)
    {
        var table = MovieTable.From(movies);
        var attributes = new MovieAttributes(table.Count);
        for (int i = 0; i < table.Count; i++)
        {
            attributes.Years[i] = table.YearAt(i) ?? UnknownYear;
            attributes.Runtimes[i] = table.RuntimeMinutesAt(i) ?? UnknownRuntime;
            attributes.Votes[i] = table.VoteCountAt(i);
            attributes.Ratings[i] = table.VoteAverageAt(i);
            string? language = table.OriginalLanguageAt(i);
            attributes.Languages[i] = string.IsNullOrWhiteSpace(language)
                ? UnknownLanguage
                : IdOf(attributes._languageIds, language.Trim());
            ulong mask = 0;
            foreach (var genre in table.GenresAt(i))
            {
                int bit = IdOf(attributes._genreBits, genre.Trim());
                if (bit < MaxMaskedGenres)
                {
                    mask |= 1UL << bit;
                }
            }

            attributes.GenreMasks[i] = mask;
        }

        return attributes;
    }

    /// <summary>Bit of a genre in <see cref="GenreMasks"/>, or null when no film has it (or it has no bit).</summary>
    public int? GenreBit(string genre) =>
        _genreBits.TryGetValue(genre.Trim(), out int bit) && bit < MaxMaskedGenres ? bit : null;

    /// <summary>Id of a language in <see cref="Languages"/>, or null when no film has it.</summary>
    public int? LanguageId(string language) => _languageIds.TryGetValue(language.Trim(), out int id) ? id : null;

    private static int IdOf(Dictionary<string, int> ids, string value)
    {
        if (!ids.TryGetValue(value, out int id))
        {
            id = ids.Count;
            ids.Add(value, id);
        }

        return id;
    }
}
