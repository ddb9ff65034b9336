using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Localization;
using MovieRecommender.Web.Accounts;
using MovieRecommender.Web.Filters;
using MovieRecommender.Web.Localization;
using MovieRecommender.Web.Personal.Import;
using MovieRecommender.Web.RateLimiting;
using MovieRecommender.Web.ViewModels;

namespace MovieRecommender.Web.Personal;

/// <summary>/me/import: upload a Letterboxd or IMDb export and see what matched.</summary>
[Authorize(AuthenticationSchemes = AccountSchemes.Cookie)]
public sealed class ImportController(PersonalImporter importer, IStringLocalizer<SharedResource> text) : Controller
{
    [HttpGet("/me/import")]
    public IActionResult Index() => View(new ImportPageViewModel(null, null));

    [HttpPost("/me/import")]
    [RequiresModel]
    [EnableRateLimiting(RateLimitPolicyNames.Writes)]
    [RequestSizeLimit(ImportLimits.MaxRequestBytes)]
    [RequestFormLimits(MultipartBodyLengthLimit = ImportLimits.MaxRequestBytes)]
    public async Task<IActionResult> Index(IFormFile? file, CancellationToken cancellationToken)
    {
        if (file is null || file.Length == 0)
        {
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return View(new ImportPageViewModel(null, text["Import.ChooseFile"]));
        }

        if (file.Length > ImportLimits.MaxUploadBytes)
        {
            Response.StatusCode = StatusCodes.Status413PayloadTooLarge;
            return View(new ImportPageViewModel(null, text["Import.Rejected.TooLarge", ImportLimits.MaxUploadBytes / (1024 * 1024)]));
        }

        try
        {
            await using var stream = file.OpenReadStream();
            var result = await importer.ImportAsync(CurrentUser.Id(User), Path.GetFileName(file.FileName), stream, cancellationToken).ConfigureAwait(false);
            return View(new ImportPageViewModel(result, null));
        }
        catch (ImportRejectedException ex)
        {
            Response.StatusCode = ex.StatusCode;
            return View(new ImportPageViewModel(null, ImportReasonText.Rejected(text, ex)));
        }
    }
}
