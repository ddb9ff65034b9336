using MovieRecommender.Web.Sharing;

namespace MovieRecommender.Web.Tests.Sharing;

public sealed class ShareTextTests
{
    [Fact]
    public void Summary_ShortText_Unchanged()
    {
        Assert.Equal("A heist film.", ShareText.Summary("  A heist film. "));
    }

    [Fact]
    public void Summary_LongText_CutAtWordWithEllipsis()
    {
        var text = string.Join(' ', Enumerable.Repeat("word", 100));

        var summary = ShareText.Summary(text);

        Assert.True(summary.Length <= ShareText.MaxDescriptionLength, summary);
        Assert.EndsWith("word…", summary, StringComparison.Ordinal);
    }
}
