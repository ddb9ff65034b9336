using System.ComponentModel.DataAnnotations;

namespace MovieRecommender.Web.WhereToWatch;

/// <summary>Where-to-watch section and filter (section <c>WhereToWatch</c>).</summary>
public sealed class WhereToWatchSettings
{
    public const string SectionName = "WhereToWatch";

    /// <summary>Region used when the visitor chose none and their browser's languages name no country.</summary>
    [RegularExpression("^[A-Z]{2}$", ErrorMessage = "WhereToWatch:DefaultRegion must be an upper-case ISO 3166-1 alpha-2 code such as US.")]
    public string DefaultRegion { get; set; } = "US";
}
