using System.Text.RegularExpressions;
using Microsoft.Extensions.Options;
using MovieRecommender.Core.Recommendations;

namespace MovieRecommender.Web.Experiments;

/// <summary>Checks every experiment at start; each message names the offending key.</summary>
public sealed partial class ExperimentsSettingsValidator : IValidateOptions<ExperimentsSettings>
{
    public const int MaxNameLength = 64;

    public ValidateOptionsResult Validate(string? name, ExperimentsSettings options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var errors = new List<string>();
        foreach (var (experiment, settings) in options)
        {
            var key = $"{ExperimentsSettings.SectionName}:{experiment}";
            if (!ValidName().IsMatch(experiment))
            {
                errors.Add($"{key}: experiment names are 1–{MaxNameLength} letters, digits, '-' or '_'.");
            }

            if (settings.Variants.Count < 2)
            {
                errors.Add($"{key}:Variants needs at least two variants.");
            }

            foreach (var (variant, v) in settings.Variants)
            {
                var variantKey = $"{key}:Variants:{variant}";
                if (!ValidName().IsMatch(variant))
                {
                    errors.Add($"{variantKey}: variant names are 1–{MaxNameLength} letters, digits, '-' or '_'.");
                }

                if (!double.IsFinite(v.Weight) || v.Weight <= 0)
                {
                    errors.Add($"{variantKey}:Weight must be a positive number.");
                }

                if (!string.IsNullOrWhiteSpace(v.Algorithm) && !RecommendationAlgorithms.IsKnown(v.Algorithm))
                {
                    errors.Add($"{variantKey}:Algorithm must be one of {string.Join(", ", RecommendationAlgorithms.All)}.");
                }

                if (v.PopularityPrior is { } prior && (!double.IsFinite(prior) || prior < 0 || prior > 1))
                {
                    errors.Add($"{variantKey}:PopularityPrior must be between 0 and 1.");
                }

                if (v.Diversity is { } diversity && (!double.IsFinite(diversity) || diversity < 0 || diversity > 1))
                {
                    errors.Add($"{variantKey}:Diversity must be between 0 and 1.");
                }
            }
        }

        return errors.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(errors);
    }

    [GeneratedRegex("^[A-Za-z0-9_-]{1,64}$")]
    private static partial Regex ValidName();
}
