using Microsoft.AspNetCore.Http.Features;

namespace MovieRecommender.Web.ScaleOut;

/// <summary>
/// Sends each page and JSON answer in one piece, with a Content-Length, instead of in the 16 KB slices the view
/// and JSON writers flush. Behind a proxy this is what lets a replica die without losing a request: until the
/// first byte leaves, nginx can still retry the request on another replica; once it has forwarded a response's
/// headers it cannot, and a replica killed between two slices leaves the client with a truncated answer.
/// Streams (server-sent events, anything that disables buffering) and answers past
/// <see cref="WholeResponseStream.MaxBufferedBytes"/> go out as they are written.
/// </summary>
public sealed class WholeResponseMiddleware(RequestDelegate next)
{
    public async Task InvokeAsync(HttpContext context)
    {
        var original = context.Features.GetRequiredFeature<IHttpResponseBodyFeature>();
        var stream = new WholeResponseStream(context.Response, original);
        var buffered = new WholeResponseBodyFeature(stream, original);
        context.Features.Set<IHttpResponseBodyFeature>(buffered);
        try
        {
            await next(context).ConfigureAwait(false);
            // Flushes the pipe writer (JSON formatters write through it) into the buffer.
            await buffered.CompleteAsync().ConfigureAwait(false);
            await stream.SendBufferedAsync(context.RequestAborted).ConfigureAwait(false);
        }
        finally
        {
            // On an exception nothing buffered is sent: the exception handler can still write its error page.
            context.Features.Set(original);
            await stream.DisposeAsync().ConfigureAwait(false);
        }
    }
}
