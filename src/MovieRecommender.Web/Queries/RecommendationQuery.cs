using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.ModelBinding.Validation;
using MovieRecommender.Core.Recommendations;

namespace MovieRecommender.Web.Queries;

/// <summary>Parameters of GET /api/v1/recommendations and of the home page (see CONTRACT.md).</summary>
public sealed class RecommendationQuery : MovieFilterQuery
{
    [FromQuery(Name = "title")]
    public string? Title { get; set; }

    /// <summary>TMDB ids of liked films; repeatable.</summary>
    [FromQuery(Name = "id")]
    [Display(Name = "id")]
    public int[]? Id { get; set; }

    [FromQuery(Name = "diversity")]
    [Display(Name = "diversity")]
    public double? Diversity { get; set; }

    /// <summary><c>content</c> or <c>hybrid</c>; absent = the hybrid when the model has one.</summary>
    [FromQuery(Name = "algorithm")]
    public string? Algorithm { get; set; }

    [ValidateNever]
    public RecommendationAlgorithm? ParsedAlgorithm => RecommendationAlgorithms.Parse(Algorithm);

    [ValidateNever]
    public string? TrimmedTitle => string.IsNullOrWhiteSpace(Title) ? null : Title.Trim();

    [ValidateNever]
    public IReadOnlyList<int> SeedIds => [.. (Id ?? []).Distinct()];

    [ValidateNever]
    public bool HasSeed => TrimmedTitle is not null || SeedIds.Count > 0;

    public RecommendationRequest ToRequest() => new()
    {
        Title = SeedIds.Count > 0 ? null : TrimmedTitle,
        SeedIds = SeedIds,
        Count = Count,
        Offset = EffectiveOffset,
        Filter = ToFilter(),
        Diversity = Diversity ?? 0,
        Algorithm = ParsedAlgorithm,
    };

    public override IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        foreach (var result in base.Validate(validationContext))
        {
            yield return result;
        }

        var text = QueryText.From(validationContext);

        if (Title is not null && (Title.Length > QueryLimits.MaxTitleLength || !TextRules.IsPlainText(Title)))
        {
            yield return new ValidationResult( text["Query.Title", QueryLimits.MaxTitleLength], ["title"]);
        }

        var ids = Id ?? [];
        if (ids.Length > QueryLimits.MaxSeedIds || ids.Any(id => id <= 0))
        {
            yield return new ValidationResult(text["Query.Ids", QueryLimits.MaxSeedIds], ["id"]);
        }

        if (Diversity is { } diversity && (!double.IsFinite(diversity) || diversity < 0 || diversity > 1))
        {
            yield return new ValidationResult(text["Query.NumberBetween", "diversity", 0, 1], ["diversity"]);
        }

        if (!string.IsNullOrWhiteSpace(Algorithm) && RecommendationAlgorithms.Parse(Algorithm) is null)
        {
            yield return new ValidationResult(text["Query.Algorithm", string.Join(", ", RecommendationAlgorithms.All)], ["algorithm"]);
        }
    }
}
