using MovieRecommender.Core.Recommendations.Search;

namespace MovieRecommender.Core.Tests.Recommendations.Search;

public class TypoExpanderTests
{
    private static readonly string[] Words = ["inception", "interstellar", "internal", "matrix", "mother", "xmatrix"];

    [Theory]
    [InlineData("matirx", "matrix")]
    [InlineData("matrx", "matrix")]
    [InlineData("matrixx", "matrix")]
    [InlineData("matrox", "matrix")]
    [InlineData("intersteller", "interstellar")]
    public void Expand_OneEdit_CoversIntendedWord(string query, string expected)
    {
        // Act
        var words = Covered(query);

        // Assert
        Assert.Contains(expected, words);
    }

    [Fact]
    public void Expand_FirstLetterWrong_IsNotCorrected()
    {
        // Act: "natrix" is one substitution from "matrix", but the first letter is assumed right.
        var words = Covered("natrix");

        // Assert
        Assert.DoesNotContain("matrix", words);
    }

    [Fact]
    public void Expand_TwoEdits_CoversNothing()
    {
        // Act
        var words = Covered("mtarx");

        // Assert
        Assert.DoesNotContain("matrix", words);
    }

    private static List<string> Covered(string query)
    {
        string[] sorted = [.. Words.Order(StringComparer.Ordinal)];
        WordRange exact = VocabularySearch.PrefixRange(sorted, query, 0, sorted.Length);
        return [.. TypoExpander.Expand(sorted, query, exact).SelectMany(r => sorted[r.Start..r.End])];
    }
}
