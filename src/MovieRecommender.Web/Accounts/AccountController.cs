using System.Globalization;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Localization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;
using MovieRecommender.Web.RateLimiting;
using MovieRecommender.Data.Identity;
using MovieRecommender.Web.Localization;

namespace MovieRecommender.Web.Accounts;

/// <summary>Sign up, sign in and sign out pages (the cookie side of Identity). Every form carries an antiforgery token.</summary>
public sealed class AccountController(SignInManager<AppUser> signIn, UserManager<AppUser> users, IStringLocalizer<SharedResource> text) : Controller
{
    private const string AfterSignIn = "/for-you";

    [HttpGet(AccountCookie.RegisterPath)]
    public IActionResult Register([FromQuery] string? returnUrl) => View(new RegisterForm { ReturnUrl = LocalOrNull(returnUrl) });

    [HttpPost(AccountCookie.RegisterPath)]
    [EnableRateLimiting(RateLimitPolicyNames.Auth)]
    public async Task<IActionResult> Register([FromForm] RegisterForm form)
    {
        if (!ModelState.IsValid)
        {
            return Invalid(form);
        }

        var email = form.Email!.Trim();
        var user = new AppUser { UserName = email, Email = email };
        var created = await users.CreateAsync(user, form.Password!).ConfigureAwait(false);
        if (!created.Succeeded)
        {
            foreach (var error in created.Errors)
            {
                ModelState.AddModelError(error.Code.Contains("Password", StringComparison.Ordinal) ? nameof(form.Password) : nameof(form.Email), error.Description);
            }

            return Invalid(form);
        }

        await signIn.SignInAsync(user, isPersistent: true).ConfigureAwait(false);
        return LocalRedirect(LocalOrNull(form.ReturnUrl) ?? AfterSignIn);
    }

    [HttpGet(AccountCookie.LoginPath)]
    public IActionResult Login([FromQuery] string? returnUrl) => View(new LoginForm { ReturnUrl = LocalOrNull(returnUrl) });

    [HttpPost(AccountCookie.LoginPath)]
    [EnableRateLimiting(RateLimitPolicyNames.Auth)]
    public async Task<IActionResult> Login([FromForm] LoginForm form)
    {
        if (!ModelState.IsValid)
        {
            return Invalid(form);
        }

        var result = await signIn.PasswordSignInAsync(form.Email!.Trim(), form.Password!, form.RememberMe, lockoutOnFailure: true).ConfigureAwait(false);
        if (result.Succeeded)
        {
            return LocalRedirect(LocalOrNull(form.ReturnUrl) ?? AfterSignIn);
        }

        // One message for unknown e-mail and wrong password, so the form does not reveal who has an account.
        ModelState.AddModelError(string.Empty, result.IsLockedOut
            ? text["Account.LockedOut", PasswordRules.LockoutDuration.TotalMinutes.ToString("0", CultureInfo.CurrentCulture)]
            : text["Account.BadCredentials"]);
        Response.StatusCode = result.IsLockedOut ? StatusCodes.Status429TooManyRequests : StatusCodes.Status401Unauthorized;
        return View(new LoginForm { Email = form.Email, RememberMe = form.RememberMe, ReturnUrl = LocalOrNull(form.ReturnUrl) });
    }

    [HttpPost(AccountCookie.LogoutPath)]
    public async Task<IActionResult> Logout()
    {
        await signIn.SignOutAsync().ConfigureAwait(false);
        return LocalRedirect("/");
    }

    private ViewResult Invalid(object form)
    {
        Response.StatusCode = StatusCodes.Status400BadRequest;
        return View(form);
    }

    /// <summary>Only local paths, so the forms cannot be used as an open redirect.</summary>
    private string? LocalOrNull(string? returnUrl) => !string.IsNullOrEmpty(returnUrl) && Url.IsLocalUrl(returnUrl) ? returnUrl : null;
}
