using System.ComponentModel.DataAnnotations;
using Microsoft.Extensions.Localization;
using MovieRecommender.Web.Localization;

namespace MovieRecommender.Web.Queries;

/// <summary>
/// Validation messages of query parameters, in the request's language. Messages name the parameter as the client
/// sent it ("minYear"), in every language, so the <c>errors</c> keys and the text agree.
/// </summary>
public static class QueryText
{
    /// <summary>Range attributes' message key: {0} is the parameter (its Display name), {1} and {2} the bounds.</summary>
    public const string Between = "Query.Between";

    /// <summary>
    /// MVC validates with the request's services, so the localizer reads the request culture; a context without
    /// services is a programming error, not a client's.
    /// </summary>
    public static IStringLocalizer From(ValidationContext validationContext)
    {
        ArgumentNullException.ThrowIfNull(validationContext);
        return validationContext.GetService(typeof(IStringLocalizer<SharedResource>)) as IStringLocalizer
            ?? throw new InvalidOperationException("Query validation needs the request's services (IStringLocalizer<SharedResource>).");
    }
}
