using System.Text;

namespace MovieRecommender.Core.Catalog;

/// <summary>
/// One film of the catalog with the metadata the service filters, ranks and displays by.
/// Instances are immutable, so every list is read-only. A served model holds its catalog as a <see cref="MovieTable"/>,
/// which materialises a record like this one on each access.
/// </summary>
public sealed record Movie
{
    /// <summary>TMDB id: the stable public identifier used by URLs and the API.</summary>
    public required int Id { get; init; }

    public required string Title { get; init; }

    public string? OriginalTitle { get; init; }

    public DateOnly? ReleaseDate { get; init; }

    public int? Year => ReleaseDate?.Year;

    public IReadOnlyList<string> Genres { get; init; } = [];

    public IReadOnlyList<string> Keywords { get; init; } = [];

    public IReadOnlyList<string> Directors { get; init; } = [];

    /// <summary>Top-billed cast, in billing order.</summary>
    public IReadOnlyList<string> Cast { get; init; } = [];

    /// <summary>Production companies, in the order the source lists them (the first is the lead company).</summary>
    public IReadOnlyList<string> Companies { get; init; } = [];

    /// <summary>ISO 3166-1 alpha-2 production country codes.</summary>
    public IReadOnlyList<string> Countries { get; init; } = [];

    /// <summary>ISO 639-1 original language code, e.g. "en".</summary>
    public string? OriginalLanguage { get; init; }

    public int? RuntimeMinutes { get; init; }

    public double VoteAverage { get; init; }

    public int VoteCount { get; init; }

    public double Popularity { get; init; }

    /// <summary>TMDB poster path such as "/abc.jpg" (combined with an image base URL by the UI).</summary>
    public string? PosterPath { get; init; }

    /// <summary>IMDb id such as "tt0468569" when the source has one.</summary>
    public string? ImdbId { get; init; }

    // The long free texts are kept as UTF-8: at a million films they are the largest part of the served catalog,
    // and they are read only when one film's details are shown, so decoding on read costs nothing that matters.
    // A film materialised from a MovieTable points into the table's text arena instead of copying the bytes.
    private readonly ReadOnlyMemory<byte>? _overviewUtf8;
    private readonly ReadOnlyMemory<byte>? _taglineUtf8;

    public string? Overview
    {
        get => Decode(_overviewUtf8);
        init => _overviewUtf8 = Encode(value);
    }

    public string? Tagline
    {
        get => Decode(_taglineUtf8);
        init => _taglineUtf8 = Encode(value);
    }

    /// <summary>
    /// <see cref="Overview"/> as UTF-8, so the catalog table can hand over bytes it holds without decoding them
    /// to a string only for the setter to encode them again.
    /// </summary>
    internal ReadOnlyMemory<byte>? OverviewUtf8
    {
        get => _overviewUtf8;
        init => _overviewUtf8 = value;
    }

    /// <summary><see cref="Tagline"/> as UTF-8, for the same reason as <see cref="OverviewUtf8"/>.</summary>
    internal ReadOnlyMemory<byte>? TaglineUtf8
    {
        get => _taglineUtf8;
        init => _taglineUtf8 = value;
    }

    /// <summary>
    /// Value equality over every field, lists compared element by element: the served catalog materialises a film
    /// on each access (see <see cref="MovieTable"/>), so two reads of one film are different instances with
    /// different list instances, and the record's default (lists by reference) would call them different.
    /// </summary>
    public bool Equals(Movie? other) =>
        other is not null
        && (ReferenceEquals(this, other)
            || (Id == other.Id && Title == other.Title && OriginalTitle == other.OriginalTitle && ReleaseDate == other.ReleaseDate
                && Genres.SequenceEqual(other.Genres) && Keywords.SequenceEqual(other.Keywords)
                && Directors.SequenceEqual(other.Directors) && Cast.SequenceEqual(other.Cast)
                && Companies.SequenceEqual(other.Companies) && Countries.SequenceEqual(other.Countries)
                && OriginalLanguage == other.OriginalLanguage && RuntimeMinutes == other.RuntimeMinutes
                && VoteAverage.Equals(other.VoteAverage) && VoteCount == other.VoteCount && Popularity.Equals(other.Popularity)
                && PosterPath == other.PosterPath && ImdbId == other.ImdbId
                && SameBytes(_overviewUtf8, other._overviewUtf8) && SameBytes(_taglineUtf8, other._taglineUtf8)));

    public override int GetHashCode() => HashCode.Combine(Id, Title);

    private static bool SameBytes(ReadOnlyMemory<byte>? a, ReadOnlyMemory<byte>? b) =>
        a is { } x ? b is { } y && x.Span.SequenceEqual(y.Span) : b is null;

    private static ReadOnlyMemory<byte>? Encode(string? text) =>
        text is null ? (ReadOnlyMemory<byte>?)null : Encoding.UTF8.GetBytes(text);

    private static string? Decode(ReadOnlyMemory<byte>? utf8) => utf8 is { } bytes ? Encoding.UTF8.GetString(bytes.Span) : null;
}
