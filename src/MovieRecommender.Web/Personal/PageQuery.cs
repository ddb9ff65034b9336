using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.ModelBinding.Validation;
using MovieRecommender.Web.Queries;

namespace MovieRecommender.Web.Personal;

/// <summary>Paging of the personal lists: <c>n</c> (1–200, default 50) and <c>offset</c>.</summary>
public sealed class PageQuery
{
    [FromQuery(Name = "n")]
    [Range(1, PersonalLimits.MaxPageSize, ErrorMessage = QueryText.Between)]
    [Display(Name = "n")]
    public int? N { get; set; }

    [FromQuery(Name = "offset")]
    [Range(0, PersonalLimits.MaxOffset, ErrorMessage = QueryText.Between)]
    [Display(Name = "offset")]
    public int? Offset { get; set; }

    [ValidateNever]
    public int Count => N is >= 1 and <= PersonalLimits.MaxPageSize ? N.Value : PersonalLimits.DefaultPageSize;

    [ValidateNever]
    public int Skip => Offset is >= 0 and <= PersonalLimits.MaxOffset ? Offset.Value : 0;
}
