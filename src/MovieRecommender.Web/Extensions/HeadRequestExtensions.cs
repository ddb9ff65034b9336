using Microsoft.AspNetCore.Mvc.Controllers;
using Microsoft.AspNetCore.Mvc.Routing;

namespace MovieRecommender.Web.Extensions;

public static class HeadRequestExtensions
{
    /// <summary>
    /// Every GET endpoint also answers HEAD (RFC 9110 §9.3.2: same headers, no body; the server drops the body).
    /// Monitors, link checkers and caches send HEAD; a 405 there reads as a broken page. Actions that declare their
    /// own HEAD route (health, documented in OpenAPI) keep it, so no two endpoints compete for the same request.
    /// </summary>
    public static TBuilder AnswerHeadLikeGet<TBuilder>(this TBuilder builder)
        where TBuilder : IEndpointConventionBuilder
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Add(AllowHead);
        return builder;
    }

    private static void AllowHead(EndpointBuilder endpoint)
    {
        var metadata = endpoint.Metadata;
        var index = LastIndexOfMethods(metadata);
        if (index < 0 || metadata[index] is not IHttpMethodMetadata methods
            || !Allows(methods.HttpMethods, HttpMethods.Get) || Allows(methods.HttpMethods, HttpMethods.Head)
            || DeclaresOwnHead(metadata))
        {
            return;
        }

        metadata[index] = new HttpMethodMetadata([.. methods.HttpMethods, HttpMethods.Head], methods.AcceptCorsPreflight);
    }

    /// <summary>Route attributes sit on the selector, not in the endpoint's metadata: ask the action method itself.</summary>
    private static bool DeclaresOwnHead(IList<object> metadata) =>
        metadata.OfType<ControllerActionDescriptor>().Any(action => action.MethodInfo
            .GetCustomAttributes(inherit: true)
            .OfType<IActionHttpMethodProvider>()
            .Any(provider => Allows(provider.HttpMethods, HttpMethods.Head)));

    private static int LastIndexOfMethods(IList<object> metadata)
    {
        for (var i = metadata.Count - 1; i >= 0; i--)
        {
            if (metadata[i] is IHttpMethodMetadata)
            {
                return i;
            }
        }

        return -1;
    }

    private static bool Allows(IEnumerable<string> methods, string method) =>
        methods.Contains(method, StringComparer.OrdinalIgnoreCase);
}
