namespace MovieRecommender.Web.ViewModels;

/// <summary>One poster tile in a grid.</summary>
public sealed record MovieCardViewModel
{
    public required int Id { get; init; }
    public required string Title { get; init; }

    /// <summary>The title in the film's own language, only when it differs from <see cref="Title"/>.</summary>
    public string? OriginalTitle { get; init; }

    /// <summary>The film's original language code ("fr"), for the original title's lang attribute.</summary>
    public string? OriginalLanguage { get; init; }
    public int? Year { get; init; }
    public IReadOnlyList<string> Genres { get; init; } = [];
    public double Rating { get; init; }
    public int Votes { get; init; }

    /// <summary>Cosine similarity as a whole percentage, only on recommendation cards.</summary>
    public int? SimilarityPercent { get; init; }

    public string? PosterUrl { get; init; }
    public required string Initials { get; init; }
    public required string HueClass { get; init; }
    public string? ImdbUrl { get; init; }
    public required string WebSearchUrl { get; init; }
    public IReadOnlyList<ExplanationChipViewModel> Chips { get; init; } = [];

    /// <summary>For-you cards: "Because you rated Heat 5★" lines.</summary>
    public IReadOnlyList<string> Because { get; init; } = [];

    /// <summary>Personal lists: what the user recorded ("Rated 4½★ on 6 May 2024").</summary>
    public string? Note { get; init; }

    public string YearText => Year?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "Year unknown";
}
