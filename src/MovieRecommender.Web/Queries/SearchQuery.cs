using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.ModelBinding.Validation;

namespace MovieRecommender.Web.Queries;

/// <summary>Parameters of GET /api/search.</summary>
public sealed class SearchQuery : IValidatableObject
{
    [FromQuery(Name = "q")]
    public string? Q { get; set; }

    [FromQuery(Name = "limit")]
    [Range(QueryLimits.MinSearchLimit, QueryLimits.MaxSearchLimit, ErrorMessage = "limit must be between {1} and {2}.")]
    public int? Limit { get; set; }

    [ValidateNever]
    public string Text => (Q ?? string.Empty).Trim();

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        var text = Text;
        if (text.Length < QueryLimits.MinSearchLength || text.Length > QueryLimits.MaxSearchLength || !TextRules.IsPlainText(text))
        {
            yield return new ValidationResult(
                $"q must be {QueryLimits.MinSearchLength} to {QueryLimits.MaxSearchLength} characters (after trimming) without control characters.",
                ["q"]);
        }
    }
}
