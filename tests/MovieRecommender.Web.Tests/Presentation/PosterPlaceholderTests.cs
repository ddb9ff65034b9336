using MovieRecommender.Web.Presentation;

namespace MovieRecommender.Web.Tests.Presentation;

public sealed class PosterPlaceholderTests
{
    [Theory]
    [InlineData("The Dark Knight", "TD")]
    [InlineData("heat", "H")]
    [InlineData("  ", "?")]
    [InlineData("¡Three Amigos!", "TA")]
    public void Initials_Title_TakesFirstLettersOfTwoWords(string title, string expected)
    {
        Assert.Equal(expected, PosterPlaceholder.Initials(title));
    }

    [Theory]
    [InlineData(0, "poster-hue-0")]
    [InlineData(13, "poster-hue-1")]
    [InlineData(-1, "poster-hue-3")]
    public void HueClass_Id_IsStableAndInPalette(int id, string expected)
    {
        Assert.Equal(expected, PosterPlaceholder.HueClass(id));
    }
}
