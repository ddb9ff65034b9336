using MovieRecommender.Core.Text;

namespace MovieRecommender.Core.Tests.Text;

public sealed class SnowballWordStemmerTests
{
    [Theory]
    [InlineData("running", "run")]
    [InlineData("movies", "movi")]
    [InlineData("fighting", "fight")]
    [InlineData("generously", "generous")]
    [InlineData("happiness", "happi")]
    [InlineData("cats", "cat")]
    [InlineData("travels", "travel")]
    [InlineData("robot", "robot")]
    public void Stem_KnownPairs_MatchPorter2(string word, string expected)
    {
        using var stemmer = new SnowballWordStemmer();

        Assert.Equal(expected, stemmer.Stem(word));
    }

    [Fact]
    public void Stem_ConcurrentCalls_GiveSameResults()
    {
        using var stemmer = new SnowballWordStemmer();
        string[] words = ["running", "movies", "fighting", "happiness", "travels"];

        var results = Enumerable.Range(0, 2000).AsParallel().Select(i => stemmer.Stem(words[i % words.Length])).ToArray();

        Assert.All(results.Select((stem, i) => (stem, i)), r => Assert.Equal(new SnowballWordStemmer().Stem(words[r.i % words.Length]), r.stem));
    }
}
