using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using MovieRecommender.Web.ScaleOut;
using MovieRecommender.Web.Tests.Infrastructure;

namespace MovieRecommender.Web.Tests.ScaleOut;

public sealed class WholeResponseMiddlewareTests(WebAppFactory factory) : IClassFixture<WebAppFactory>
{
    private const int WriterSliceBytes = 16 * 1024;

    [Fact]
    public async Task InvokeAsync_HtmlWrittenInSlices_ReachesTheServerInOneWriteWithContentLength()
    {
        var (context, server) = NewContext();

        await Run(context, "text/html; charset=utf-8", async c =>
        {
            for (var i = 0; i < 3; i++)
            {
                await c.Response.Body.WriteAsync(new byte[WriterSliceBytes]);
                await c.Response.Body.FlushAsync();
                Assert.Equal(0, server.Writes);
            }
        });

        Assert.Equal(1, server.Writes);
        Assert.Equal(3 * WriterSliceBytes, server.Bytes);
        Assert.Equal(3 * WriterSliceBytes, context.Response.ContentLength);
    }

    [Fact]
    public async Task InvokeAsync_JsonThroughThePipeWriter_ReachesTheServerInOneWrite()
    {
        var (context, server) = NewContext();

        await Run(context, "application/problem+json", async c =>
        {
            await c.Response.BodyWriter.WriteAsync(new byte[100]);
            await c.Response.BodyWriter.FlushAsync();
            await c.Response.BodyWriter.WriteAsync(new byte[50]);
        });

        Assert.Equal(1, server.Writes);
        Assert.Equal(150, context.Response.ContentLength);
    }

    [Fact]
    public async Task InvokeAsync_EventStream_IsSentAsWritten()
    {
        var (context, server) = NewContext();
        var sentBeforeTheEnd = 0L;

        await Run(context, "text/event-stream", async c =>
        {
            await c.Response.Body.WriteAsync("data: 1\n\n"u8.ToArray());
            await c.Response.Body.FlushAsync();
            sentBeforeTheEnd = server.Bytes;
        });

        Assert.Equal(9, sentBeforeTheEnd);
        Assert.Null(context.Response.ContentLength);
    }

    [Fact]
    public async Task InvokeAsync_BufferingDisabled_SendsAtOnce()
    {
        var (context, server) = NewContext();
        var sentBeforeTheEnd = 0L;

        await Run(context, "application/json", async c =>
        {
            c.Features.GetRequiredFeature<IHttpResponseBodyFeature>().DisableBuffering();
            await c.Response.Body.WriteAsync(new byte[10]);
            sentBeforeTheEnd = server.Bytes;
        });

        Assert.Equal(10, sentBeforeTheEnd);
    }

    [Fact]
    public async Task InvokeAsync_AnswerPastTheLimit_IsStreamedWhole()
    {
        var (context, server) = NewContext();
        var slice = new byte[1024 * 1024];

        await Run(context, "text/html", async c =>
        {
            for (var i = 0; i < 6; i++)
            {
                slice.AsSpan().Fill((byte)i);
                await c.Response.Body.WriteAsync(slice);
            }
        });

        Assert.Equal(6 * slice.Length, server.Bytes);
        Assert.True(server.Writes > 1);
        Assert.Equal(Enumerable.Range(0, 6).Select(i => (byte)i), server.Content.Where((_, at) => at % slice.Length == 0));
        Assert.Null(context.Response.ContentLength);
    }

    [Fact]
    public async Task InvokeAsync_HandlerThrowsAfterWriting_SendsNothing()
    {
        var (context, server) = NewContext();

        await Assert.ThrowsAsync<InvalidOperationException>(() => Run(context, "text/html", async c =>
        {
            await c.Response.Body.WriteAsync(new byte[100]);
            throw new InvalidOperationException("view failed");
        }));

        Assert.Equal(0, server.Bytes);
        Assert.IsNotType<WholeResponseBodyFeature>(context.Features.Get<IHttpResponseBodyFeature>());
    }

    [Fact]
    public async Task Get_TopRatedPage_CarriesContentLengthOfTheWholePage()
    {
        var response = await factory.CreateClient().GetAsync(new Uri("/top-rated", UriKind.Relative));
        var body = await response.Content.ReadAsByteArrayAsync();

        Assert.True(response.Content.Headers.TryGetValues("Content-Length", out var lengths));
        Assert.Equal(body.Length.ToString(System.Globalization.CultureInfo.InvariantCulture), Assert.Single(lengths));
    }

    private static (DefaultHttpContext Context, RecordingStream Server) NewContext()
    {
        var server = new RecordingStream();
        var context = new DefaultHttpContext();
        context.Features.Set<IHttpResponseBodyFeature>(new StreamResponseBodyFeature(server));
        return (context, server);
    }

    private static Task Run(HttpContext context, string contentType, Func<HttpContext, Task> handler) =>
        new WholeResponseMiddleware(c =>
        {
            c.Response.ContentType = contentType;
            return handler(c);
        }).InvokeAsync(context);

    /// <summary>The server's side of the response body: counts the writes that reach it.</summary>
    private sealed class RecordingStream : Stream
    {
        private readonly MemoryStream _received = new();

        public int Writes { get; private set; }

        public long Bytes => _received.Length;

        public byte[] Content => _received.ToArray();

        public override bool CanRead => false;

        public override bool CanSeek => false;

        public override bool CanWrite => true;

        public override long Length => _received.Length;

        public override long Position { get => _received.Length; set => throw new NotSupportedException(); }

        public override void Write(byte[] buffer, int offset, int count) => Write(buffer.AsSpan(offset, count));

        public override void Write(ReadOnlySpan<byte> buffer)
        {
            Writes++;
            _received.Write(buffer);
        }

        public override ValueTask WriteAsync(ReadOnlyMemory<byte> buffer, CancellationToken cancellationToken = default)
        {
            Write(buffer.Span);
            return ValueTask.CompletedTask;
        }

        public override Task WriteAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
            WriteAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();

        public override void Flush()
        {
        }

        public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        protected override void Dispose(bool disposing)
        {
            if (disposing)
            {
                _received.Dispose();
            }

            base.Dispose(disposing);
        }
    }
}
