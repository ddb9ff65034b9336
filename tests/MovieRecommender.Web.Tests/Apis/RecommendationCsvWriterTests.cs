using System.Text;
using MovieRecommender.Core.Model;
using MovieRecommender.Core.Recommendations;
using MovieRecommender.Web.Apis;
using MovieRecommender.Web.Tests.Infrastructure;

namespace MovieRecommender.Web.Tests.Apis;

public sealed class RecommendationCsvWriterTests
{
    [Theory]
    [InlineData("plain", "plain")]
    [InlineData("a,b", "\"a,b\"")]
    [InlineData("say \"hi\"", "\"say \"\"hi\"\"\"")]
    [InlineData("=HYPERLINK(\"x\")", "\"'=HYPERLINK(\"\"x\"\")\"")]
    [InlineData("+1", "'+1")]
    [InlineData("@cmd", "'@cmd")]
    public void Escape_Value_QuotesAndDefusesFormulas(string value, string expected)
    {
        Assert.Equal(expected, RecommendationCsvWriter.Escape(value));
    }

    [Fact]
    public void Write_Result_HasHeaderAndOneRowPerItemRankedFromOffset()
    {
        var result = new RecommendationResult
        {
            Status = RecommendationStatus.Ok,
            Offset = 10,
            Items = [new Recommendation(TestMovies.Collateral, 0.5, [new ExplanationItem(TermKind.Director, "Michael Mann", 1)])],
        };

        var lines = Encoding.UTF8.GetString(RecommendationCsvWriter.Write(result)).TrimStart('\uFEFF').Split("\r\n", StringSplitOptions.RemoveEmptyEntries);

        Assert.Equal(2, lines.Length);
        Assert.Equal("11,1538,Collateral,2004,Drama|Crime|Thriller,7.0,2000,0.5000,https://www.imdb.com/title/tt0369339/,Director: Michael Mann", lines[1]);
    }
}
