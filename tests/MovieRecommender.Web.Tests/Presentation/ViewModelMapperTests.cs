using MovieRecommender.Core.Model;
using MovieRecommender.Core.Recommendations;
using MovieRecommender.Web.Presentation;
using MovieRecommender.Web.Tests.Infrastructure;

namespace MovieRecommender.Web.Tests.Presentation;

public sealed class ViewModelMapperTests
{
    [Fact]
    public void Card_Explanations_KeepsTheStrongestPositiveFourInOrder()
    {
        ExplanationItem[] explanation =
        [
            new(TermKind.Genre, "Drama", 0),
            new(TermKind.Keyword, "heist", 0.3),
            new(TermKind.Director, "Michael Mann", 0.9),
            new(TermKind.Cast, "Al Pacino", 0.5),
            new(TermKind.Text, "cop", 0.1),
            new(TermKind.Company, "Regency", 0.2),
        ];

        var card = ViewModelMapper.Card(new Recommendation(TestMovies.Collateral, 0.456, explanation));

        // Labels are resource keys: the page shows them in the request's language.
        Assert.Equal(["Explanation.director", "Explanation.cast", "Explanation.keyword", "Explanation.company"], card.Chips.Select(c => c.Label));
        Assert.Equal("Michael Mann", card.Chips[0].Value);
        Assert.Equal(46, card.SimilarityPercent);
    }

    [Fact]
    public void Card_UnsafeCatalogLinks_AreDropped()
    {
        var card = ViewModelMapper.Card(TestMovies.Hostile);

        Assert.Null(card.PosterUrl);
        Assert.Null(card.ImdbUrl);
        Assert.Null(card.SimilarityPercent);
        Assert.StartsWith(MovieLinks.WebSearchBaseUrl, card.WebSearchUrl, StringComparison.Ordinal);
    }

    [Fact]
    public void Card_OriginalTitleDiffers_KeptWithItsLanguage()
    {
        var card = ViewModelMapper.Card(TestMovies.Heat with { OriginalTitle = "Chaleur", OriginalLanguage = "fr" });

        Assert.Equal("Chaleur", card.OriginalTitle);
        Assert.Equal("fr", card.OriginalLanguage);
    }

    [Fact]
    public void Card_OriginalTitleSameAsTitle_Omitted()
    {
        var card = ViewModelMapper.Card(TestMovies.Heat with { OriginalTitle = "Heat" });

        Assert.Null(card.OriginalTitle);
    }
}
