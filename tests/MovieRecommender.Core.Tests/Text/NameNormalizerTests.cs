using MovieRecommender.Core.Text;

namespace MovieRecommender.Core.Tests.Text;

public sealed class NameNormalizerTests
{
    [Theory]
    [InlineData("Christopher Nolan", "christophernolan")]
    [InlineData("Science Fiction", "sciencefiction")]
    [InlineData("Pedro Almodóvar", "pedroalmodovar")]
    [InlineData("Warner Bros. Pictures", "warnerbrospictures")]
    [InlineData("  ", "")]
    [InlineData(null, "")]
    public void ToToken_Name_BecomesOneLowercaseToken(string? name, string expected)
    {
        Assert.Equal(expected, NameNormalizer.ToToken(name));
    }
}
