using System.ComponentModel.DataAnnotations;

namespace MovieRecommender.Web.Accounts;

/// <summary>The sign-up form. The password rules themselves are Identity's (see <see cref="PasswordRules"/>).</summary>
public sealed class RegisterForm
{
    [Required(ErrorMessage = "Enter your e-mail address.")]
    [EmailAddress(ErrorMessage = "Enter a valid e-mail address.")]
    [StringLength(256, ErrorMessage = "The e-mail address is too long.")]
    [Display(Name = "E-mail")]
    public string? Email { get; set; }

    [Required(ErrorMessage = "Choose a password.")]
    [StringLength(PasswordRules.MaxLength, ErrorMessage = "The password is too long (at most {1} characters).")]
    [DataType(DataType.Password)]
    public string? Password { get; set; }

    [Required(ErrorMessage = "Repeat the password.")]
    [Compare(nameof(Password), ErrorMessage = "The two passwords differ.")]
    [DataType(DataType.Password)]
    [Display(Name = "Repeat password")]
    public string? ConfirmPassword { get; set; }

    public string? ReturnUrl { get; set; }
}
