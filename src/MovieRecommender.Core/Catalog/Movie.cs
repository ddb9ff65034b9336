using System.Text;

namespace MovieRecommender.Core.Catalog;

/// <summary>
/// One film of the catalog with the metadata the service filters, ranks and displays by.
/// Instances are immutable and shared between model versions' readers, so every list is read-only.
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
    private readonly byte[]? _overviewUtf8;
    private readonly byte[]? _taglineUtf8;

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
    /// <see cref="Overview"/> as UTF-8, so the model reader can hand over the bytes it read without decoding them
    /// to a string only for the setter to encode them again (a million times at load).
    /// </summary>
    internal byte[]? OverviewUtf8
    {
        get => _overviewUtf8;
        init => _overviewUtf8 = value;
    }

    /// <summary><see cref="Tagline"/> as UTF-8, for the same reason as <see cref="OverviewUtf8"/>.</summary>
    internal byte[]? TaglineUtf8
    {
        get => _taglineUtf8;
        init => _taglineUtf8 = value;
    }

    private static byte[]? Encode(string? text) => text is null ? null : Encoding.UTF8.GetBytes(text);

    private static string? Decode(byte[]? utf8) => utf8 is null ? null : Encoding.UTF8.GetString(utf8);
}
