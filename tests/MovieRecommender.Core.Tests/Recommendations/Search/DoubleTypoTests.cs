using MovieRecommender.Core.Recommendations;
using MovieRecommender.Core.Recommendations.Search;

namespace MovieRecommender.Core.Tests.Recommendations.Search;

/// <summary>Long title words mistyped twice, as people do on a phone.</summary>
public class DoubleTypoTests
{
    private static readonly TitleSearchIndex Index = Build(new TestModelBuilder()
        .Add(1, "Silverado", votes: 900)
        .Add(2, "The Revenant", votes: 9000)
        .Add(3, "Annabelle", votes: 3000)
        .Add(4, "Silver Linings Playbook", votes: 8000)
        .Add(5, "Faithful", votes: 40)
        .Build());

    [Theory]
    [InlineData("silreado", "silverado")] // a letter dropped and two swapped
    [InlineData("revnepnt", "revenant")]  // two substitutions
    [InlineData("annbele", "annabelle")]  // two letters dropped
    [InlineData("silver", "silverado")]   // a prefix: no edit at all
    [InlineData("silvrad", "silverado")]  // a typo in a prefix still being typed
    [InlineData("fthful", "faithful")]
    public void PrefixDistanceAtMost_TwoEditsOrFewer_Matches(string query, string word) =>
        Assert.True(DoubleTypoMatcher.PrefixDistanceAtMost(query, word));

    [Theory]
    [InlineData("sxlxexdx", "silverado")]
    [InlineData("revolution", "revenant")]
    [InlineData("abcdef", "uvwxyz")]
    public void PrefixDistanceAtMost_MoreThanTwoEdits_DoesNotMatch(string query, string word) =>
        Assert.False(DoubleTypoMatcher.PrefixDistanceAtMost(query, word));

    [Theory]
    [InlineData("ab", "zz")]   // a query of two letters is two deletions from anything
    [InlineData("ba", "ab")]
    public void PrefixDistanceAtMost_VeryShortQuery_Matches(string query, string word) =>
        Assert.True(DoubleTypoMatcher.PrefixDistanceAtMost(query, word));

    [Theory]
    [InlineData("abc", "xyz")]
    [InlineData("badcfe", "abcdef")] // three swapped pairs are three edits
    public void PrefixDistanceAtMost_ThreeEdits_DoesNotMatch(string query, string word) =>
        Assert.False(DoubleTypoMatcher.PrefixDistanceAtMost(query, word));

    [Fact]
    public void Expand_ConsecutiveMatchingWords_FormOneRange()
    {
        // Arrange: sorted vocabulary; "silverado" and "silverados" match, "silvex" does not.
        string[] words = ["sample", "silverado", "silverados", "silvex", "silvrado"];

        // Act
        var ranges = DoubleTypoMatcher.Expand(words, "silreado");

        // Assert
        Assert.Equal([new WordRange(1, 3), new WordRange(4, 5)], ranges);
    }

    [Fact]
    public void Expand_FirstLetterSharedByTooManyWords_NarrowsToTheFirstTwoLetters()
    {
        // Arrange: 20,000 words start with "sa", more than one scan takes; "silverado" sorts after all of them.
        var words = Enumerable.Range(0, 20_000).Select(i => $"sa{i:D5}").Append("silverado").ToArray();

        // Act
        var ranges = DoubleTypoMatcher.Expand(words, "silreado");

        // Assert
        Assert.Equal([new WordRange(20_000, 20_001)], ranges);
    }

    [Fact]
    public void Expand_TypoInTheSecondLetter_StillFoundWhileTheFirstLetterScanIsSmallEnough()
    {
        // Arrange: exactly as many "a" words as one scan takes (the limit is inclusive); the film's word differs from
        // the query in its second letter, so narrowing to the query's first two letters would lose it.
        const int ScanLimit = 16_384;
        var words = Enumerable.Range(0, ScanLimit - 1).Select(i => $"aa{i:D5}").Append("abcdefgh").ToArray();

        // Act
        var ranges = DoubleTypoMatcher.Expand(words, "axcdefgh");

        // Assert
        Assert.Equal([new WordRange(ScanLimit - 1, ScanLimit)], ranges);
    }

    [Fact]
    public void Expand_FirstTwoLettersSharedByTooManyWords_NarrowsToTheFirstThreeLetters()
    {
        // Arrange: 17,000 words start with "aba", more than one scan takes; "abcdefgh" sorts after all of them.
        var words = Enumerable.Range(0, 17_000).Select(i => $"aba{i:D5}").Append("abcdefgh").ToArray();

        // Act
        var ranges = DoubleTypoMatcher.Expand(words, "abcdefgx");

        // Assert
        Assert.Equal([new WordRange(17_000, 17_001)], ranges);
    }

    [Fact]
    public void Expand_TwoLetterQueryOnAVocabularyTooLargeToScan_ScansTheFirstWordsWithoutFailing()
    {
        // A two-letter query cannot be narrowed past its own two letters, however many words share them.
        var words = Enumerable.Range(0, 17_000).Select(i => $"ab{i:D5}").ToArray();

        var ranges = DoubleTypoMatcher.Expand(words, "ab");

        Assert.Equal([new WordRange(0, 16_384)], ranges);
    }

    [Fact]
    public void PrefixDistanceAtMost_EmptyWordAndTwoLetterQuery_MatchesByDeletingTheQuery() =>
        Assert.True(DoubleTypoMatcher.PrefixDistanceAtMost("ab", string.Empty));

    [Fact]
    public void Expand_QueryLongerThanAnyTitleWord_FindsNothing()
    {
        // Arrange
        var longWord = new string('a', 65);

        // Act
        var ranges = DoubleTypoMatcher.Expand([longWord], longWord);

        // Assert
        Assert.Empty(ranges);
    }

    [Fact]
    public void Expand_QueryOfTheLongestLength_IsStillMatched()
    {
        // Arrange
        var longWord = new string('a', 64);

        // Act
        var ranges = DoubleTypoMatcher.Expand([longWord], longWord);

        // Assert
        Assert.Single(ranges);
    }

    [Fact]
    public void Expand_NullArguments_Throw()
    {
        Assert.Throws<ArgumentNullException>(() => DoubleTypoMatcher.Expand(null!, "silverado"));
        Assert.Throws<ArgumentNullException>(() => DoubleTypoMatcher.Expand(["silverado"], null!));
    }

    [Theory]
    [InlineData("silreado", 1)]
    [InlineData("the revnepnt", 2)]
    [InlineData("annbele", 3)]
    public void Search_LongWordMistypedTwice_FindsTheFilm(string query, int expectedId)
    {
        // Act
        var ids = Ids(Index.Search(query, 10));

        // Assert
        Assert.Contains(expectedId, ids);
    }

    [Fact]
    public void Search_ShortWordWithTwoEdits_IsNotStretchedToMatch()
    {
        // Act: "fxxth" is two edits from "faith…"; only words of six letters or more get a second edit.
        var ids = Ids(Index.Search("fxxth", 10));

        // Assert
        Assert.Empty(ids);
    }

    [Fact]
    public void Search_OneTypoMatch_RanksAboveTwoTypoMatchOfAMorePopularFilm()
    {
        // Arrange: the two-edit match is far more popular; the one-edit match must still come first.
        var index = Build(new TestModelBuilder()
            .Add(1, "Gladiator", votes: 50)
            .Add(2, "Gladiolas", votes: 9000)
            .Build());

        // Act: one edit from "gladiator", two from "gladiolas".
        var ids = Ids(index.Search("gladiatr", 10));

        // Assert
        Assert.Equal(1, ids[0]);
    }

    private static TitleSearchIndex Build(Core.Model.RecommenderModel model) =>
        TitleSearchIndex.Build(model.Movies, PopularityOrder.Build(model.Movies));

    private static List<int> Ids(IEnumerable<SearchHit> hits) => [.. hits.Select(h => h.Movie.Id)];
}
