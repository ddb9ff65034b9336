using MovieRecommender.Core.Recommendations.Search;

namespace MovieRecommender.Core.Tests.Recommendations.Search;

public class TitleQueryTests
{
    [Theory]
    [InlineData("Dune (2021)", "dune", 2021)]
    [InlineData("Dune [1984]", "dune", 1984)]
    [InlineData("Dune 2021", "dune", 2021)]
    [InlineData("The Thing (1982)", "thing", 1982)]
    public void Parse_TrailingYear_SplitsTitleAndYear(string input, string expectedKey, int expectedYear)
    {
        // Act
        TitleQuery query = TitleQuery.Parse(input);

        // Assert
        Assert.Equal(expectedKey, query.KeyWithoutYear);
        Assert.Equal(expectedYear, query.Year);
    }

    [Theory]
    [InlineData("1917")]
    [InlineData("Dune (0042)")]
    [InlineData("Heat")]
    public void Parse_NoPlausibleYear_HasNoYear(string input)
    {
        // Act
        TitleQuery query = TitleQuery.Parse(input);

        // Assert
        Assert.Null(query.Year);
        Assert.Equal(query.FullKey, query.KeyWithoutYear);
    }

    [Fact]
    public void Parse_NumberThatIsPartOfTitle_KeepsFullKey()
    {
        // Act
        TitleQuery query = TitleQuery.Parse("Blade Runner 2049");

        // Assert
        Assert.Equal("blade runner 2049", query.FullKey);
        Assert.Equal(2049, query.Year);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("   ")]
    [InlineData("?!")]
    public void Parse_EmptyOrGarbage_IsEmpty(string? input)
    {
        // Act
        TitleQuery query = TitleQuery.Parse(input);

        // Assert
        Assert.True(query.IsEmpty);
    }
}
