using Microsoft.AspNetCore.Http.Extensions;
using MovieRecommender.Web.Queries;
using MovieRecommender.Web.ViewModels;

namespace MovieRecommender.Web.Presentation;

/// <summary>Builds page links that keep every other query parameter, so a paged, filtered list stays shareable.</summary>
public static class PaginationBuilder
{
    private const int PagesEachSide = 2;

    public static PaginationViewModel Build(HttpRequest request, int currentPage, int total, int pageSize)
    {
        // The last page is the last one that holds a film and starts no deeper than the offset limit.
        var size = Math.Max(1, pageSize);
        var totalPages = Math.Max(1, Math.Min((int)Math.Ceiling(Math.Max(0, total) / (double)size), (QueryLimits.MaxOffset / size) + 1));
        if (totalPages <= 1 && currentPage <= 1)
        {
            return PaginationViewModel.None;
        }

        var first = Math.Max(1, currentPage - PagesEachSide);
        var last = Math.Min(totalPages, currentPage + PagesEachSide);
        var pages = Enumerable.Range(first, Math.Max(0, last - first + 1))
            .Select(p => new PageLinkViewModel(p, PageUrl(request, p), p == currentPage))
            .ToList();
        return new PaginationViewModel(
            currentPage,
            totalPages,
            currentPage > 1 ? PageUrl(request, Math.Min(currentPage - 1, totalPages)) : null,
            currentPage < totalPages ? PageUrl(request, currentPage + 1) : null,
            pages);
    }

    public static string PageUrl(HttpRequest request, int page) =>
        request.PathBase + request.Path + WithParameter(request, "page", page.ToString(System.Globalization.CultureInfo.InvariantCulture), "offset");

    /// <summary>The current query string with <paramref name="name"/> set and <paramref name="drop"/> removed.</summary>
    public static QueryString WithParameter(HttpRequest request, string name, string value, params string[] drop)
    {
        var builder = new QueryBuilder();
        foreach (var (key, values) in request.Query)
        {
            if (string.Equals(key, name, StringComparison.OrdinalIgnoreCase) || drop.Contains(key, StringComparer.OrdinalIgnoreCase))
            {
                continue;
            }

            foreach (var v in values)
            {
                builder.Add(key, v ?? string.Empty);
            }
        }

        builder.Add(name, value);
        return builder.ToQueryString();
    }
}
