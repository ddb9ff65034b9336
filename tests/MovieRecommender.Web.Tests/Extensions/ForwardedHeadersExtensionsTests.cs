using Microsoft.AspNetCore.Http;
using MovieRecommender.Web.Tests.Infrastructure;

namespace MovieRecommender.Web.Tests.Extensions;

/// <summary>
/// Who a request is counted against behind a reverse proxy: the address in X-Forwarded-For only when the
/// connection comes from a configured proxy, and the connection's own address otherwise.
/// </summary>
public sealed class ForwardedHeadersExtensionsTests
{
    private const string Proxy = "10.0.0.5";
    private const string Search = "/api/search?q=heat";

    private static WebAppFactory BehindProxy(bool enabled, string knownProxy = Proxy, string? knownNetwork = null)
    {
        var settings = new Dictionary<string, string?>
        {
            ["RateLimiting:PermitLimit"] = "2",
            ["RateLimiting:WindowSeconds"] = "3600",
            ["ForwardedHeaders:Enabled"] = enabled ? "true" : "false",
            ["ForwardedHeaders:KnownProxies:0"] = knownProxy,
        };
        if (knownNetwork is not null)
        {
            settings["ForwardedHeaders:KnownNetworks:0"] = knownNetwork;
        }

        var factory = new WebAppFactory(settings);
        _ = factory.CreateClient();
        return factory;
    }

    private static async Task SpendBucketAsync(WebAppFactory factory, string remote, string forwardedFor)
    {
        for (var i = 0; i < 2; i++)
        {
            await ClientRequests.SendAsync(factory, Search, remote, forwardedFor);
        }
    }

    [Fact]
    public async Task Enabled_TrustedProxyForwardsTwoClients_EachHasItsOwnBucket()
    {
        using var factory = BehindProxy(enabled: true);
        await SpendBucketAsync(factory, Proxy, "203.0.113.5");

        var sameClient = await ClientRequests.SendAsync(factory, Search, Proxy, "203.0.113.5");
        var otherClient = await ClientRequests.SendAsync(factory, Search, Proxy, "203.0.113.6");

        Assert.Equal(StatusCodes.Status429TooManyRequests, sameClient.Response.StatusCode);
        Assert.Equal(StatusCodes.Status200OK, otherClient.Response.StatusCode);
        Assert.Equal("203.0.113.6", otherClient.Connection.RemoteIpAddress?.ToString());
    }

    [Fact]
    public async Task Enabled_ProxyInKnownNetwork_IsTrusted()
    {
        using var factory = BehindProxy(enabled: true, knownProxy: "192.0.2.1", knownNetwork: "10.0.0.0/8");

        var context = await ClientRequests.SendAsync(factory, Search, "10.20.30.40", "203.0.113.9");

        Assert.Equal("203.0.113.9", context.Connection.RemoteIpAddress?.ToString());
    }

    [Fact]
    public async Task Disabled_TrustedProxyForwardsTwoClients_TheyShareTheProxysBucket()
    {
        using var factory = BehindProxy(enabled: false);
        await SpendBucketAsync(factory, Proxy, "203.0.113.5");

        var otherClient = await ClientRequests.SendAsync(factory, Search, Proxy, "203.0.113.6");

        Assert.Equal(StatusCodes.Status429TooManyRequests, otherClient.Response.StatusCode);
        Assert.Equal(Proxy, otherClient.Connection.RemoteIpAddress?.ToString());
    }

    [Fact]
    public async Task Enabled_UnknownSenderWritesTheHeader_ItIsIgnored()
    {
        using var factory = BehindProxy(enabled: true);
        await SpendBucketAsync(factory, "198.51.100.7", "203.0.113.5");

        var spoofed = await ClientRequests.SendAsync(factory, Search, "198.51.100.7", "203.0.113.6");

        Assert.Equal(StatusCodes.Status429TooManyRequests, spoofed.Response.StatusCode);
        Assert.Equal("198.51.100.7", spoofed.Connection.RemoteIpAddress?.ToString());
    }

    [Fact]
    public async Task Enabled_ClientPrependsAddressesThroughTrustedProxy_OnlyTheProxysViewCounts()
    {
        using var factory = BehindProxy(enabled: true);
        await SpendBucketAsync(factory, Proxy, "192.0.2.50, 203.0.113.5");

        var spoofed = await ClientRequests.SendAsync(factory, Search, Proxy, "192.0.2.51, 203.0.113.5");

        Assert.Equal(StatusCodes.Status429TooManyRequests, spoofed.Response.StatusCode);
        Assert.Equal("203.0.113.5", spoofed.Connection.RemoteIpAddress?.ToString());
    }
}
