using MovieRecommender.Core.Text;

namespace MovieRecommender.Core.Tests.Text;

public sealed class WordTokenizerTests
{
    [Fact]
    public void Tokenize_Sentence_LowercasesAndDropsSingleCharactersAndPunctuation()
    {
        var tokens = WordTokenizer.Tokenize("A Thief, who steals 2 corporate-secrets in 2010!");

        Assert.Equal(["thief", "who", "steals", "corporate", "secrets", "in", "2010"], tokens);
    }

    [Fact]
    public void Tokenize_MaxWords_StopsAfterLimit()
    {
        var tokens = WordTokenizer.Tokenize("one two three four", maxWords: 2);

        Assert.Equal(["one", "two"], tokens);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("  - ! ")]
    public void Tokenize_NoWords_ReturnsEmpty(string? text)
    {
        Assert.Empty(WordTokenizer.Tokenize(text));
    }

    [Fact]
    public void Tokenize_NonAsciiLetters_AreKept()
    {
        Assert.Equal(["amélie", "poulain"], WordTokenizer.Tokenize("Amélie Poulain"));
    }
}
