using System.ComponentModel.DataAnnotations;

namespace MovieRecommender.Web.Accounts;

// Messages and names are SharedResource keys: MVC localises them (AddDataAnnotationsLocalization).

/// <summary>The sign-up form. The password rules themselves are Identity's (see <see cref="PasswordRules"/>).</summary>
public sealed class RegisterForm
{
    [Required(ErrorMessage = "Validation.EmailRequired")]
    [EmailAddress(ErrorMessage = "Validation.EmailInvalid")]
    [StringLength(256, ErrorMessage = "Validation.EmailTooLong")]
    [Display(Name = "Form.Email")]
    public string? Email { get; set; }

    [Required(ErrorMessage = "Validation.PasswordChoose")]
    [StringLength(PasswordRules.MaxLength, ErrorMessage = "Validation.PasswordTooLongMax")]
    [DataType(DataType.Password)]
    [Display(Name = "Form.Password")]
    public string? Password { get; set; }

    [Required(ErrorMessage = "Validation.PasswordRepeat")]
    [Compare(nameof(Password), ErrorMessage = "Validation.PasswordsDiffer")]
    [DataType(DataType.Password)]
    [Display(Name = "Form.RepeatPassword")]
    public string? ConfirmPassword { get; set; }

    public string? ReturnUrl { get; set; }
}
