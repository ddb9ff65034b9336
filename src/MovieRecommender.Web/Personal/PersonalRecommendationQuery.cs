using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.ModelBinding.Validation;
using MovieRecommender.Core.Personalization;
using MovieRecommender.Web.Queries;

namespace MovieRecommender.Web.Personal;

/// <summary>Parameters of GET /api/v1/me/recommendations and /for-you: the similar-films filters, diversity and hideSeen.</summary>
public sealed class PersonalRecommendationQuery : MovieFilterQuery
{
    [FromQuery(Name = "diversity")]
    [Display(Name = "diversity")]
    public double? Diversity { get; set; }

    /// <summary>Drop rated, watched, liked and watchlisted films (default true).</summary>
    [FromQuery(Name = "hideSeen")]
    [Display(Name = "hideSeen")]
    public bool? HideSeen { get; set; }

    [ValidateNever]
    public double EffectiveDiversity => Diversity is { } d && double.IsFinite(d) ? Math.Clamp(d, 0, 1) : 0;

    public PersonalRecommendationRequest ToRequest() => new()
    {
        Count = Count,
        Offset = EffectiveOffset,
        Filter = ToFilter(),
        Diversity = EffectiveDiversity,
        HideSeen = HideSeen ?? true,
    };

    public override IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        foreach (var result in base.Validate(validationContext))
        {
            yield return result;
        }

        var text = QueryText.From(validationContext);

        if (Diversity is { } diversity && (!double.IsFinite(diversity) || diversity < 0 || diversity > 1))
        {
            yield return new ValidationResult(text["Query.NumberBetween", "diversity", 0, 1], ["diversity"]);
        }
    }
}
