using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;
using MovieRecommender.Web.Accounts;
using MovieRecommender.Web.Apis;
using MovieRecommender.Web.Filters;
using MovieRecommender.Web.Personal.Contracts;
using MovieRecommender.Web.Personal.Import;
using MovieRecommender.Web.RateLimiting;

namespace MovieRecommender.Web.Personal;

/// <summary>Imports a Letterboxd export (zip or CSV) or an IMDb ratings CSV into the signed-in user's lists.</summary>
[ApiController]
[Authorize(AuthenticationSchemes = AccountSchemes.Api)]
[IgnoreAntiforgeryToken]
[TypeFilter(typeof(CookieAntiforgeryFilter))]
[EnableRateLimiting(RateLimitPolicyNames.Writes)]
[RequiresModel]
public sealed class ImportApiController(PersonalImporter importer) : ControllerBase
{
    public const string ImportRejected = "urn:movierecommender:problem:import-rejected";

    /// <summary>
    /// Multipart field <c>file</c>. 200 with the counts and every unmatched row and its reason; 400/413 with nothing
    /// imported for a file that is not CSV/zip, has an unknown header, is over 20 MB or expands too far.
    /// </summary>
    [HttpPost("/api/v1/me/import")]
    [RequestSizeLimit(ImportLimits.MaxRequestBytes)]
    [RequestFormLimits(MultipartBodyLengthLimit = ImportLimits.MaxRequestBytes)]
    [ProducesResponseType<ImportResponse>(StatusCodes.Status200OK)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status400BadRequest, "application/problem+json")]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status413PayloadTooLarge, "application/problem+json")]
    public async Task<IActionResult> Import(IFormFile? file, CancellationToken cancellationToken)
    {
        if (file is null || file.Length == 0)
        {
            return Rejected(StatusCodes.Status400BadRequest, ProblemResults.Text(HttpContext, "Import.SendFileField"));
        }

        if (file.Length > ImportLimits.MaxUploadBytes)
        {
            return Rejected(StatusCodes.Status413PayloadTooLarge, ProblemResults.Text(HttpContext, "Import.Rejected.TooLarge", ImportLimits.MaxUploadBytes / (1024 * 1024)));
        }

        try
        {
            await using var stream = file.OpenReadStream();
            return Ok(await importer.ImportAsync(CurrentUser.Id(User), Path.GetFileName(file.FileName), stream, cancellationToken).ConfigureAwait(false));
        }
        catch (ImportRejectedException ex)
        {
            return Rejected(ex.StatusCode, ProblemResults.Text(HttpContext, ex.Key, [.. ex.Arguments]));
        }
    }

    private ObjectResult Rejected(int status, string detail) =>
        ProblemResults.Create(HttpContext, status, ImportRejected, "Nothing was imported", detail);
}
