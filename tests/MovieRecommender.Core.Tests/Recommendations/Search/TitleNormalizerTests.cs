using MovieRecommender.Core.Recommendations.Search;

namespace MovieRecommender.Core.Tests.Recommendations.Search;

public class TitleNormalizerTests
{
    [Theory]
    [InlineData("The Dark Knight", "the dark knight")]
    [InlineData("  AMÉLIE  ", "amelie")]
    [InlineData("Fast & Furious", "fast and furious")]
    [InlineData("Schindler's List", "schindlers list")]
    [InlineData("Star Wars: Episode IV – A New Hope", "star wars episode iv a new hope")]
    [InlineData("Matrix, The", "matrix")]
    [InlineData("<script>alert(\"x\")</script>", "script alert x script")]
    [InlineData("!!!", "")]
    [InlineData("Am\u00E9lie\uD800 2", "amelie 2")]
    [InlineData("", "")]
    public void Normalize_VariousTitles_ProducesCanonicalForm(string input, string expected)
    {
        // Act
        string normalized = TitleNormalizer.Normalize(input);

        // Assert
        Assert.Equal(expected, normalized);
    }

    [Theory]
    [InlineData("The Matrix", "matrix")]
    [InlineData("A Beautiful Mind", "beautiful mind")]
    [InlineData("An American Tail", "american tail")]
    [InlineData("The", "the")]
    [InlineData("Theodore", "theodore")]
    public void NormalizeTitleKey_LeadingArticle_IsDropped(string input, string expected)
    {
        // Act
        string key = TitleNormalizer.NormalizeTitleKey(input);

        // Assert
        Assert.Equal(expected, key);
    }

    [Fact]
    public void Normalize_JapaneseTitle_KeepsLetters()
    {
        // Act
        string normalized = TitleNormalizer.Normalize("千と千尋の神隠し");

        // Assert
        Assert.Equal("千と千尋の神隠し", normalized);
    }

    [Fact]
    public void Normalize_VeryLongInput_IsCappedBeforeWork()
    {
        // Arrange
        string input = new('a', 5000);

        // Act
        string normalized = TitleNormalizer.Normalize(input);

        // Assert
        Assert.Equal(TitleNormalizer.MaxInputLength, normalized.Length);
    }
}
