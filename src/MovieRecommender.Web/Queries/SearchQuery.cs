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
    [Range(QueryLimits.MinSearchLimit, QueryLimits.MaxSearchLimit, ErrorMessage = QueryText.Between)]
    [Display(Name = "limit")]
    public int? Limit { get; set; }

    [ValidateNever]
    public string Text => (Q ?? string.Empty).Trim();

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        var query = Text;
        if (query.Length < QueryLimits.MinSearchLength || query.Length > QueryLimits.MaxSearchLength || !TextRules.IsPlainText(query))
        {
            var text = QueryText.From(validationContext);
            yield return new ValidationResult(text["Query.SearchText", QueryLimits.MinSearchLength, QueryLimits.MaxSearchLength], ["q"]);
        }
    }
}
