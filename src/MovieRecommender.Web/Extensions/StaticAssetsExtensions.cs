namespace MovieRecommender.Web.Extensions;

public static class StaticAssetsExtensions
{
    /// <summary>
    /// Serves CSS/JS from the build output in every environment, not only Development. The build's endpoint manifest
    /// names pre-compressed variants (<c>site.css.gz</c>, <c>.br</c>) that stay under <c>obj/</c> until publish; the
    /// runtime manifest written next to the build output maps them there. Without it, <c>MapStaticAssets</c> answers
    /// every browser (they all send Accept-Encoding) with an empty 200: an unstyled page without scripts. Publish
    /// output (and so the Docker image) has no runtime manifest and its own compressed files, so there this does nothing.
    /// </summary>
    public static WebApplicationBuilder UseStaticWebAssetsFromBuildOutput(this WebApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.WebHost.UseStaticWebAssets();
        return builder;
    }
}
