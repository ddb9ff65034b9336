using System.Net;
using Microsoft.AspNetCore.Http;

namespace MovieRecommender.Web.Tests.Infrastructure;

/// <summary>Requests sent straight into the test server from a chosen remote address, as a real connection would have.</summary>
public static class ClientRequests
{
    public static Task<HttpContext> SendAsync(WebAppFactory factory, string pathAndQuery, string remoteAddress, string? forwardedFor = null)
    {
        ArgumentNullException.ThrowIfNull(factory);
        var uri = new Uri("http://localhost" + pathAndQuery);
        return factory.Server.SendAsync(context =>
        {
            context.Request.Method = HttpMethods.Get;
            context.Request.Path = uri.AbsolutePath;
            context.Request.QueryString = new QueryString(uri.Query);
            context.Connection.RemoteIpAddress = IPAddress.Parse(remoteAddress);
            if (forwardedFor is not null)
            {
                context.Request.Headers["X-Forwarded-For"] = forwardedFor;
            }
        });
    }
}
