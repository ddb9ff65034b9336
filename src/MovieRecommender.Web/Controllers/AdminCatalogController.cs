using Microsoft.AspNetCore.Mvc;
using MovieRecommender.Web.CatalogUpdates;
using MovieRecommender.Web.Filters;
using MovieRecommender.Web.ViewModels;

namespace MovieRecommender.Web.Controllers;

/// <summary>Admin catalog update: upload a small catalog file, follow the background update's progress.</summary>
[AdminAccess]
[Route("admin/catalog")]
public sealed class AdminCatalogController(CatalogUpdateScheduler scheduler) : Controller
{
    [HttpPost("")]
    [RequestSizeLimit(CatalogUploadStore.MaxRequestBytes)]
    [RequestFormLimits(MultipartBodyLengthLimit = CatalogUploadStore.MaxRequestBytes)]
    public async Task<IActionResult> Upload(IFormFile? file, CancellationToken cancellationToken)
    {
        if (CatalogUploadStore.Problem(file) is { } problem)
        {
            var status = file is { Length: > CatalogUploadStore.MaxFileBytes } ? StatusCodes.Status413PayloadTooLarge : StatusCodes.Status400BadRequest;
            return Rejected(status, problem);
        }

        if (scheduler.Status.IsActive)
        {
            return Rejected(StatusCodes.Status409Conflict, "An update is already running; wait for it to finish, then upload the next file.");
        }

        var saved = await CatalogUploadStore.SaveAsync(file!, cancellationToken).ConfigureAwait(false);
        if (saved is null)
        {
            return Rejected(StatusCodes.Status400BadRequest, $"'{file!.FileName}' ends in .gz but is not gzip-compressed.");
        }

        if (!scheduler.TryEnqueue(new CatalogUpdateJob(saved, Path.GetFileName(file!.FileName))))
        {
            System.IO.File.Delete(saved);
            return Rejected(StatusCodes.Status409Conflict, "An update is already running; wait for it to finish, then upload the next file.");
        }

        return Redirect("/admin#catalog-heading");
    }

    /// <summary>The latest update's state for the admin page's progress display.</summary>
    [HttpGet("status")]
    public IActionResult Status() => Json(CatalogUpdateView.From(scheduler.Status));

    private ViewResult Rejected(int statusCode, string message)
    {
        Response.StatusCode = statusCode;
        return View("UploadRejected", message);
    }
}
