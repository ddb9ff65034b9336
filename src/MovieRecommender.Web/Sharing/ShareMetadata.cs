namespace MovieRecommender.Web.Sharing;

/// <summary>
/// What a shared link previews as (OpenGraph and Twitter card tags) and what the share button shares. Views put it in
/// <c>ViewData[ShareMetadata.ViewDataKey]</c>; the layout renders the tags.
/// </summary>
/// <param name="Title">Preview title, e.g. "Films like Heat".</param>
/// <param name="Description">One or two sentences.</param>
/// <param name="Url">Absolute permalink of the page.</param>
/// <param name="ImageUrl">Absolute URL of the 1200×630 share card.</param>
/// <param name="ImageAlt">Text alternative of the card.</param>
/// <param name="Type">OpenGraph type: <c>website</c> or <c>video.movie</c>.</param>
public sealed record ShareMetadata(string Title, string Description, string Url, string ImageUrl, string ImageAlt, string Type = "website")
{
    public const string ViewDataKey = "Share";
    public const int ImageWidth = 1200;
    public const int ImageHeight = 630;
}
