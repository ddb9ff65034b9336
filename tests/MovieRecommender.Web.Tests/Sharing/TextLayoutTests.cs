using MovieRecommender.Web.Sharing;

namespace MovieRecommender.Web.Tests.Sharing;

public sealed class TextLayoutTests
{
    // One unit per character keeps the arithmetic readable.
    private static float Measure(string text) => text.Length;

    [Fact]
    public void Wrap_FitsOnTwoLines_BreaksAtWords()
    {
        var lines = TextLayout.Wrap("The Good the Bad", 8, 3, Measure);

        Assert.Equal(["The Good", "the Bad"], lines);
    }

    [Fact]
    public void Wrap_TooManyLines_EndsLastLineWithEllipsis()
    {
        var lines = TextLayout.Wrap("one two three four five six", 9, 2, Measure);

        Assert.Equal(2, lines.Count);
        Assert.EndsWith("…", lines[^1], StringComparison.Ordinal);
        Assert.All(lines, l => Assert.True(l.Length <= 9, l));
    }

    [Fact]
    public void Wrap_WordWiderThanLine_CutsWord()
    {
        var lines = TextLayout.Wrap("Supercalifragilistic", 6, 2, Measure);

        Assert.Equal("Super…", lines[0]);
    }
}
