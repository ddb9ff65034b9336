using System.ComponentModel.DataAnnotations;

namespace MovieRecommender.Web.Accounts;

// Messages and names are SharedResource keys: MVC localises them (AddDataAnnotationsLocalization).

/// <summary>The sign-in form.</summary>
public sealed class LoginForm
{
    [Required(ErrorMessage = "Validation.EmailRequired")]
    [EmailAddress(ErrorMessage = "Validation.EmailInvalid")]
    [StringLength(256, ErrorMessage = "Validation.EmailTooLong")]
    [Display(Name = "Form.Email")]
    public string? Email { get; set; }

    [Required(ErrorMessage = "Validation.PasswordEnter")]
    [StringLength(PasswordRules.MaxLength, ErrorMessage = "Validation.PasswordTooLong")]
    [DataType(DataType.Password)]
    [Display(Name = "Form.Password")]
    public string? Password { get; set; }

    [Display(Name = "Form.RememberMe")]
    public bool RememberMe { get; set; }

    public string? ReturnUrl { get; set; }
}
