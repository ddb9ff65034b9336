using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.ModelBinding.Validation;
using MovieRecommender.Core.Recommendations;

namespace MovieRecommender.Web.Queries;

/// <summary>
/// Filter and paging parameters shared by the recommendation and top-rated endpoints and pages.
/// Binding names are the public query-string names, so 400 responses name the parameter the client sent.
/// </summary>
public class MovieFilterQuery : IValidatableObject
{
    [FromQuery(Name = "n")]
    [Range(QueryLimits.MinCount, QueryLimits.MaxCount, ErrorMessage = QueryText.Between)]
    [Display(Name = "n")]
    public int? N { get; set; }

    [FromQuery(Name = "offset")]
    [Range(0, QueryLimits.MaxOffset, ErrorMessage = QueryText.Between)]
    [Display(Name = "offset")]
    public int? Offset { get; set; }

    /// <summary>1-based page for the HTML pages (offset = (page - 1) × n).</summary>
    [FromQuery(Name = "page")]
    [Range(1, QueryLimits.MaxPage, ErrorMessage = QueryText.Between)]
    [Display(Name = "page")]
    public int? Page { get; set; }

    [FromQuery(Name = "minYear")]
    [Range(QueryLimits.MinYear, QueryLimits.MaxYear, ErrorMessage = QueryText.Between)]
    [Display(Name = "minYear")]
    public int? MinYear { get; set; }

    [FromQuery(Name = "maxYear")]
    [Range(QueryLimits.MinYear, QueryLimits.MaxYear, ErrorMessage = QueryText.Between)]
    [Display(Name = "maxYear")]
    public int? MaxYear { get; set; }

    /// <summary>Comma-separated and/or repeated.</summary>
    [FromQuery(Name = "genres")]
    public string[]? Genres { get; set; }

    [FromQuery(Name = "genreMode")]
    public string? GenreMode { get; set; }

    [FromQuery(Name = "minRating")]
    [Display(Name = "minRating")]
    public double? MinRating { get; set; }

    [FromQuery(Name = "minVotes")]
    [Range(0, QueryLimits.MaxVotes, ErrorMessage = QueryText.Between)]
    [Display(Name = "minVotes")]
    public int? MinVotes { get; set; }

    [FromQuery(Name = "minRuntime")]
    [Range(0, QueryLimits.MaxRuntime, ErrorMessage = QueryText.Between)]
    [Display(Name = "minRuntime")]
    public int? MinRuntime { get; set; }

    [FromQuery(Name = "maxRuntime")]
    [Range(0, QueryLimits.MaxRuntime, ErrorMessage = QueryText.Between)]
    [Display(Name = "maxRuntime")]
    public int? MaxRuntime { get; set; }

    [FromQuery(Name = "language")]
    public string? Language { get; set; }

    [FromQuery(Name = "country")]
    public string? Country { get; set; }

    [FromQuery(Name = "excludeSameCompany")]
    [Display(Name = "excludeSameCompany")]
    public bool? ExcludeSameCompany { get; set; }

    /// <summary>Only films included (subscription, free, ads) on one of these TMDB watch providers in <see cref="Region"/>.</summary>
    [FromQuery(Name = "services")]
    [Display(Name = "services")]
    public int[]? Services { get; set; }

    /// <summary>Region of <see cref="Services"/>; the visitor's region when absent.</summary>
    [FromQuery(Name = "region")]
    public string? Region { get; set; }

    /// <summary>Pages: filter by the visitor's saved services.</summary>
    [FromQuery(Name = "myServices")]
    [Display(Name = "myServices")]
    public bool? MyServices { get; set; }

    // Derived values below are safe even for unvalidated input: MVC validation reads every property getter.
    [ValidateNever]
    public int Count => N is >= QueryLimits.MinCount and <= QueryLimits.MaxCount ? N.Value : QueryLimits.DefaultCount;

    /// <summary>Explicit offset wins; otherwise derived from the page.</summary>
    [ValidateNever]
    public int EffectiveOffset => Offset is >= 0 and <= QueryLimits.MaxOffset
        ? Offset.Value
        : (int)Math.Min(QueryLimits.MaxOffset, (long)(Math.Clamp(Page ?? 1, 1, QueryLimits.MaxPage) - 1) * Count);

    [ValidateNever]
    public int CurrentPage => (EffectiveOffset / Count) + 1;

    [ValidateNever]
    public IReadOnlyList<string> GenreList =>
        [.. (Genres ?? []).SelectMany(g => (g ?? string.Empty).Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
            .Distinct(StringComparer.OrdinalIgnoreCase)];

    [ValidateNever]
    public bool HasFilters =>
        MinYear.HasValue || MaxYear.HasValue || GenreList.Count > 0 || MinRating.HasValue || MinVotes.HasValue
        || MinRuntime.HasValue || MaxRuntime.HasValue || !string.IsNullOrWhiteSpace(Language)
        || !string.IsNullOrWhiteSpace(Country) || ExcludeSameCompany == true || Services is { Length: > 0 } || MyServices == true;

    public MovieFilter ToFilter() => new()
    {
        MinYear = MinYear,
        MaxYear = MaxYear,
        Genres = GenreList,
        GenreMode = string.Equals(GenreMode, "all", StringComparison.OrdinalIgnoreCase) ? GenreMatchMode.All : GenreMatchMode.Any,
        MinRating = MinRating,
        MinVotes = MinVotes,
        MinRuntime = MinRuntime,
        MaxRuntime = MaxRuntime,
        Language = string.IsNullOrWhiteSpace(Language) ? null : Language.Trim().ToLowerInvariant(),
        Country = string.IsNullOrWhiteSpace(Country) ? null : Country.Trim().ToUpperInvariant(),
        ExcludeSameCompany = ExcludeSameCompany == true,
        WatchProviderIds = [.. (Services ?? []).Distinct()],
        WatchRegion = string.IsNullOrWhiteSpace(Region) ? null : Region.Trim().ToUpperInvariant(),
    };

    public virtual IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        var text = QueryText.From(validationContext);
        if (MinYear > MaxYear)
        {
            yield return new ValidationResult(text["Query.MinAboveMax", "minYear", "maxYear"], ["minYear"]);
        }

        if (MinRuntime > MaxRuntime)
        {
            yield return new ValidationResult(text["Query.MinAboveMax", "minRuntime", "maxRuntime"], ["minRuntime"]);
        }

        if (MinRating is { } rating && (!double.IsFinite(rating) || rating < 0 || rating > QueryLimits.MaxRating))
        {
            yield return new ValidationResult(text["Query.NumberBetween", "minRating", 0, QueryLimits.MaxRating], ["minRating"]);
        }

        if (GenreMode is not null && !string.Equals(GenreMode, "any", StringComparison.OrdinalIgnoreCase)
            && !string.Equals(GenreMode, "all", StringComparison.OrdinalIgnoreCase))
        {
            yield return new ValidationResult(text["Query.GenreMode"], ["genreMode"]);
        }

        var genres = GenreList;
        if (genres.Count > QueryLimits.MaxGenres || genres.Any(g => g.Length > QueryLimits.MaxGenreLength || !TextRules.IsPlainText(g)))
        {
            yield return new ValidationResult( text["Query.Genres", QueryLimits.MaxGenres, QueryLimits.MaxGenreLength], ["genres"]);
        }

        if (!string.IsNullOrWhiteSpace(Language) && !TextRules.IsLetterCode(Language.Trim(), 2, 3))
        {
            yield return new ValidationResult(text["Query.LanguageCode"], ["language"]);
        }

        if (!string.IsNullOrWhiteSpace(Country) && !TextRules.IsLetterCode(Country.Trim(), 2, 2))
        {
            yield return new ValidationResult(text["Query.CountryCode", "country", "US"], ["country"]);
        }

        if (Services is { } services && (services.Length > QueryLimits.MaxServices || services.Any(id => id <= 0)))
        {
            yield return new ValidationResult(text["Query.Services", QueryLimits.MaxServices], ["services"]);
        }

        if (!string.IsNullOrWhiteSpace(Region) && !TextRules.IsLetterCode(Region.Trim(), 2, 2))
        {
            yield return new ValidationResult(text["Query.CountryCode", "region", "GB"], ["region"]);
        }

        if (Offset is null && Page is { } page && ((long)(page - 1) * Count) > QueryLimits.MaxOffset)
        {
            yield return new ValidationResult(text["Query.PageBeyondLast"], ["page"]);
        }
    }
}
