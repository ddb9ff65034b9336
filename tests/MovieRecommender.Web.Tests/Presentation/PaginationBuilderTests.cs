using Microsoft.AspNetCore.Http;
using MovieRecommender.Web.Presentation;
using MovieRecommender.Web.Queries;

namespace MovieRecommender.Web.Tests.Presentation;

public sealed class PaginationBuilderTests
{
    private static HttpRequest Request(string query)
    {
        var context = new DefaultHttpContext();
        context.Request.Path = "/";
        context.Request.QueryString = new QueryString(query);
        return context.Request;
    }

    [Fact]
    public void Build_MoreResultsThanTheOffsetLimitReaches_LastPageIsTheDeepestServable()
    {
        // Arrange: 500 results at 15 a page would be 34 pages, but a page may start no deeper than the offset limit.
        const int pageSize = 15;
        int deepestPage = (QueryLimits.MaxOffset / pageSize) + 1;

        // Act
        var pagination = PaginationBuilder.Build(Request("?title=Heat&page=" + deepestPage), deepestPage, 500, pageSize);

        // Assert
        Assert.Equal(deepestPage, pagination.TotalPages);
        Assert.Null(pagination.NextUrl);
        Assert.All(pagination.Pages, p => Assert.True((p.Number - 1) * pageSize <= QueryLimits.MaxOffset));
    }

    [Fact]
    public void Build_FewResults_CountsPagesFromTheTotal()
    {
        // Act
        var pagination = PaginationBuilder.Build(Request("?title=Heat"), 1, 31, 15);

        // Assert
        Assert.Equal(3, pagination.TotalPages);
        Assert.Equal("/?title=Heat&page=2", pagination.NextUrl);
    }
}
