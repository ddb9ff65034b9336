using System.Collections;
using System.Text;

namespace MovieRecommender.Core.Catalog;

/// <summary>
/// The catalog as columns: one primitive array per number, one UTF-8 arena for every film's texts, and each
/// film's name lists as ranges of ids into one shared name table. At a million films a list of
/// <see cref="Movie"/> records is some 15 million objects that every garbage collection has to trace; this is a
/// few large arrays (plus the distinct names), so the collector's work no longer grows with the catalog.
/// The indexer materialises a <see cref="Movie"/> on each call (cheap for the films of one request; two calls give
/// equal but distinct instances); code that scans many films reads the typed accessors instead.
/// </summary>
public sealed partial class MovieTable : IReadOnlyList<Movie>
{
    internal const int TextFieldCount = 6;
    internal const int ListFieldCount = 6;
    internal const int NoValue = -1;

    // Bit of each text field in a film's flags when the value is null; one more bit when the original title is the title.
    private const byte SameTitleFlag = 1 << TextFieldCount;

    private readonly int[] _ids;
    private readonly int[] _dayNumbers;
    private readonly int[] _runtimes;
    private readonly int[] _languages;
    private readonly int[] _voteCounts;
    private readonly double[] _voteAverages;
    private readonly double[] _popularities;
    private readonly byte[] _flags;
    private readonly byte[] _text;
    private readonly int[] _textStarts;
    private readonly int[] _listStarts;
    private readonly int[] _listItems;
    private readonly string[] _names;

    private MovieTable(Builder built)
    {
        _ids = built.Ids;
        _dayNumbers = built.DayNumbers;
        _runtimes = built.Runtimes;
        _languages = built.Languages;
        _voteCounts = built.VoteCounts;
        _voteAverages = built.VoteAverages;
        _popularities = built.Popularities;
        _flags = built.Flags;
        _text = built.Text;
        _textStarts = built.TextStarts;
        _listStarts = built.ListStarts;
        _listItems = built.ListItems;
        _names = built.Names;
    }

    /// <summary>The empty catalog.</summary>
    public static MovieTable Empty { get; } = new Builder(0, [], 0, 0).Build();

    public int Count => _ids.Length;

    /// <summary>Distinct names (genres, keywords, people, companies, countries, languages) in first-use order.</summary>
    public IReadOnlyList<string> Names => _names;

    /// <summary>Managed bytes in use, for the serving memory estimate (the arenas' never-touched tail left out: it is not resident).</summary>
    public long ApproximateBytes =>
        ((_ids.LongLength + _dayNumbers.LongLength + _runtimes.LongLength + _languages.LongLength + _voteCounts.LongLength
          + _textStarts.LongLength + _listStarts.LongLength + _listStarts[^1]) * sizeof(int))
        + ((_voteAverages.LongLength + _popularities.LongLength) * sizeof(double))
        + _flags.LongLength + _textStarts[^1]
        + _names.Sum(name => EstimatedStringOverheadBytes + ((long)name.Length * sizeof(char)));

    private const int EstimatedStringOverheadBytes = 32;

    public Movie this[int index]
    {
        get
        {
            ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual((uint)index, (uint)Count, nameof(index));
            string title = TitleAt(index);
            return new Movie
            {
                Id = _ids[index],
                Title = title,
                OriginalTitle = (_flags[index] & SameTitleFlag) != 0 ? title : StringAt(index, TextField.OriginalTitle),
                ReleaseDate = ReleaseDateAt(index),
                Genres = GenresAt(index).ToArray(),
                Keywords = KeywordsAt(index).ToArray(),
                Directors = DirectorsAt(index).ToArray(),
                Cast = CastAt(index).ToArray(),
                Companies = CompaniesAt(index).ToArray(),
                Countries = CountriesAt(index).ToArray(),
                OriginalLanguage = OriginalLanguageAt(index),
                RuntimeMinutes = RuntimeMinutesAt(index),
                VoteAverage = _voteAverages[index],
                VoteCount = _voteCounts[index],
                Popularity = _popularities[index],
                PosterPath = StringAt(index, TextField.PosterPath),
                ImdbId = StringAt(index, TextField.ImdbId),
                OverviewUtf8 = MemoryAt(index, TextField.Overview),
                TaglineUtf8 = MemoryAt(index, TextField.Tagline),
            };
        }
    }

    /// <summary>The table of <paramref name="movies"/>: the same instance when it already is one, else a copy in columns.</summary>
    public static MovieTable From(IReadOnlyList<Movie> movies)
    {
        ArgumentNullException.ThrowIfNull(movies);
        return movies as MovieTable ?? Builder.FromMovies(movies);
    }

    public int IdAt(int index) => _ids[index];

    public string TitleAt(int index) => StringAt(index, TextField.Title)!;

    /// <summary>The original title; the very string of <see cref="TitleAt"/>'s value is not kept, so compare by value.</summary>
    public string? OriginalTitleAt(int index) =>
        (_flags[index] & SameTitleFlag) != 0 ? TitleAt(index) : StringAt(index, TextField.OriginalTitle);

    /// <summary>True when the film has an original title that differs from its title.</summary>
    public bool HasDistinctOriginalTitle(int index) =>
        (_flags[index] & (SameTitleFlag | NullFlag(TextField.OriginalTitle))) == 0;

    public DateOnly? ReleaseDateAt(int index) =>
        _dayNumbers[index] == NoValue ? null : DateOnly.FromDayNumber(_dayNumbers[index]);

    public int? YearAt(int index) => ReleaseDateAt(index)?.Year;

    public int? RuntimeMinutesAt(int index) => _runtimes[index] == NoValue ? null : _runtimes[index];

    public double VoteAverageAt(int index) => _voteAverages[index];

    public int VoteCountAt(int index) => _voteCounts[index];

    public double PopularityAt(int index) => _popularities[index];

    public string? OriginalLanguageAt(int index) => _languages[index] == NoValue ? null : _names[_languages[index]];

    public string? PosterPathAt(int index) => StringAt(index, TextField.PosterPath);

    public string? ImdbIdAt(int index) => StringAt(index, TextField.ImdbId);

    public MovieNames GenresAt(int index) => NamesAt(index, ListField.Genres);

    public MovieNames KeywordsAt(int index) => NamesAt(index, ListField.Keywords);

    public MovieNames DirectorsAt(int index) => NamesAt(index, ListField.Directors);

    public MovieNames CastAt(int index) => NamesAt(index, ListField.Cast);

    public MovieNames CompaniesAt(int index) => NamesAt(index, ListField.Companies);

    public MovieNames CountriesAt(int index) => NamesAt(index, ListField.Countries);

    public IEnumerator<Movie> GetEnumerator()
    {
        for (int i = 0; i < Count; i++)
        {
            yield return this[i];
        }
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    /// <summary>A text field's UTF-8 bytes (empty for null: check <see cref="IsNull"/>); the original title as stored (empty when it is the title).</summary>
    internal ReadOnlySpan<byte> Utf8At(int index, TextField field)
    {
        int slot = (index * TextFieldCount) + (int)field;
        return _text.AsSpan(_textStarts[slot], _textStarts[slot + 1] - _textStarts[slot]);
    }

    internal bool IsNull(int index, TextField field) => (_flags[index] & NullFlag(field)) != 0;

    internal bool OriginalTitleIsTitle(int index) => (_flags[index] & SameTitleFlag) != 0;

    internal MovieNames NamesAt(int index, ListField field)
    {
        int slot = (index * ListFieldCount) + (int)field;
        return new MovieNames(_names, _listItems, _listStarts[slot], _listStarts[slot + 1] - _listStarts[slot]);
    }

    internal int LanguageIdAt(int index) => _languages[index];

    private static byte NullFlag(TextField field) => (byte)(1 << (int)field);

    private string? StringAt(int index, TextField field) =>
        IsNull(index, field) ? null : Encoding.UTF8.GetString(Utf8At(index, field));

    private ReadOnlyMemory<byte>? MemoryAt(int index, TextField field)
    {
        if (IsNull(index, field))
        {
            return null;
        }

        int slot = (index * TextFieldCount) + (int)field;
        return _text.AsMemory(_textStarts[slot], _textStarts[slot + 1] - _textStarts[slot]);
    }

    /// <summary>Text fields in the order the builder takes them (the order of <c>movies.bin</c>).</summary>
    internal enum TextField
    {
        Title,
        OriginalTitle,
        PosterPath,
        ImdbId,
        Overview,
        Tagline,
    }

    /// <summary>Name lists in the order the builder takes them (the order of <c>movies.bin</c>).</summary>
    internal enum ListField
    {
        Genres,
        Keywords,
        Directors,
        Cast,
        Companies,
        Countries,
    }
}
