using System.Net;
using Microsoft.AspNetCore.HttpOverrides;
using Microsoft.Extensions.Options;
using MovieRecommender.Web.Settings;

namespace MovieRecommender.Web.Extensions;

public static class ForwardedHeadersExtensions
{
    /// <summary>Configures which proxies' <c>X-Forwarded-For</c>/<c>-Proto</c> are believed (see <see cref="ForwardedHeadersSettings"/>).</summary>
    public static IServiceCollection AddForwardedHeadersFromSettings(this IServiceCollection services)
    {
        services.AddOptions<ForwardedHeadersOptions>().Configure<IOptions<ForwardedHeadersSettings>>((options, settings) =>
        {
            var configured = settings.Value;
            options.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto;

            // Walk the whole X-Forwarded-For chain right to left; the middleware stops at the first hop that is not
            // a trusted proxy, so an address a client wrote into the header itself is never believed.
            options.ForwardLimit = null;
            if (configured.KnownProxies.Length == 0 && configured.KnownNetworks.Length == 0)
            {
                return;
            }

            options.KnownProxies.Clear();
            options.KnownIPNetworks.Clear();
            foreach (var proxy in configured.KnownProxies)
            {
                options.KnownProxies.Add(IPAddress.Parse(proxy));
            }

            foreach (var network in configured.KnownNetworks)
            {
                options.KnownIPNetworks.Add(System.Net.IPNetwork.Parse(network));
            }
        });
        return services;
    }

    /// <summary>Applies forwarded headers when <c>ForwardedHeaders:Enabled</c>; must run before anything reads the client address.</summary>
    public static WebApplication UseForwardedHeadersFromSettings(this WebApplication app)
    {
        if (app.Services.GetRequiredService<IOptions<ForwardedHeadersSettings>>().Value.Enabled)
        {
            app.UseForwardedHeaders();
        }

        return app;
    }
}
