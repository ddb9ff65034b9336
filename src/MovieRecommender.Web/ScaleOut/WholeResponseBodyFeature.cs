using Microsoft.AspNetCore.Http.Features;

namespace MovieRecommender.Web.ScaleOut;

/// <summary>
/// The response body while <see cref="WholeResponseMiddleware"/> holds it: writes (stream or pipe) go to a
/// <see cref="WholeResponseStream"/>. Code that disables buffering (server-sent events) gets the bytes sent at once.
/// </summary>
public sealed class WholeResponseBodyFeature(WholeResponseStream stream, IHttpResponseBodyFeature original)
    : StreamResponseBodyFeature(stream, original)
{
    public override void DisableBuffering()
    {
        stream.PassThrough();
        base.DisableBuffering();
    }
}
