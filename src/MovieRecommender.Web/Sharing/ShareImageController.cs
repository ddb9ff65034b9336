using System.ComponentModel.DataAnnotations;
using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Options;
using Microsoft.Net.Http.Headers;
using MovieRecommender.Core.Recommendations;
using MovieRecommender.Web.Apis;
using MovieRecommender.Web.RateLimiting;

namespace MovieRecommender.Web.Sharing;

/// <summary>Server-rendered share cards (1200×630 PNG) that the pages' OpenGraph and Twitter tags point at.</summary>
[ApiExplorerSettings(IgnoreApi = true)]
[EnableRateLimiting(RateLimitPolicyNames.Api)]
public sealed class ShareImageController(IRecommenderService recommender, ShareImageService images, IOptions<SharingSettings> settings) : Controller
{
    private const string PngContentType = "image/png";

    [HttpGet(ShareLinks.MovieImagePathPrefix + "{id:int}.png")]
    public async Task<IActionResult> Movie(int id, CancellationToken cancellationToken)
    {
        if (!recommender.IsReady)
        {
            return ProblemResults.ModelLoading(HttpContext);
        }

        var image = await images.MovieAsync(id, cancellationToken);
        return image is null ? ProblemResults.NoSuchFilm(HttpContext, id) : Png(image);
    }

    /// <summary>"Films like …" for 1 to 5 films given as repeated <c>id</c> parameters.</summary>
    [HttpGet(ShareLinks.RecommendationsImagePath)]
    public async Task<IActionResult> Recommendations([FromQuery(Name = "id"), Display(Name = "id")] int[]? ids, CancellationToken cancellationToken)
    {
        if (!ModelState.IsValid || ids is null || ids.Length is 0 or > ShareImageService.MaxSeeds || ids.Any(i => i <= 0))
        {
            return ProblemResults.Create(HttpContext, StatusCodes.Status400BadRequest, ProblemTypes.InvalidParameters, "Invalid parameters",
                ProblemResults.Text(HttpContext, "Problem.ShareIds", ShareImageService.MaxSeeds));
        }

        if (!recommender.IsReady)
        {
            return ProblemResults.ModelLoading(HttpContext);
        }

        var image = await images.RecommendationsAsync(ids, cancellationToken);
        return image is null ? ProblemResults.NotFound(HttpContext, ProblemResults.Text(HttpContext, "Problem.NoneOfIds")) : Png(image);
    }

    private IActionResult Png(ShareImage image)
    {
        var headers = Response.GetTypedHeaders();
        headers.CacheControl = new CacheControlHeaderValue { Public = true, MaxAge = TimeSpan.FromSeconds(settings.Value.ImageMaxAgeSeconds) };
        headers.ETag = new EntityTagHeaderValue(image.ETag);
        var requested = Request.GetTypedHeaders().IfNoneMatch;
        if (requested.Any(tag => tag.Tag == image.ETag || tag.Equals(EntityTagHeaderValue.Any)))
        {
            return StatusCode(StatusCodes.Status304NotModified);
        }

        Response.Headers.ContentLength = image.Png.Length;
        return File(image.Png, PngContentType);
    }
}
