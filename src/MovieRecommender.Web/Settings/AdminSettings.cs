using System.ComponentModel.DataAnnotations;

namespace MovieRecommender.Web.Settings;

/// <summary>Admin pages (section "Admin", also env ADMIN_ENABLED). Off unless enabled with a strong key.</summary>
public sealed class AdminSettings : IValidatableObject
{
    public const string SectionName = "Admin";

    /// <summary>Short keys are trivially guessed; refuse to start with one.</summary>
    public const int MinimumKeyLength = 16;

    public bool Enabled { get; set; }

    public string? ApiKey { get; set; }

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (Enabled && (string.IsNullOrWhiteSpace(ApiKey) || ApiKey.Trim().Length < MinimumKeyLength))
        {
            yield return new ValidationResult(
                $"Admin:ApiKey must be set to at least {MinimumKeyLength} characters when Admin:Enabled is true.",
                [nameof(ApiKey)]);
        }
    }
}
