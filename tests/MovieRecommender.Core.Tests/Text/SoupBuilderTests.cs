using MovieRecommender.Core.Catalog;
using MovieRecommender.Core.Model;
using MovieRecommender.Core.Text;

namespace MovieRecommender.Core.Tests.Text;

public sealed class SoupBuilderTests : IDisposable
{
    private readonly SnowballWordStemmer _stemmer = new();

    public void Dispose() => _stemmer.Dispose();

    private static Movie DarkKnight() => new()
    {
        Id = 155,
        Title = "The Dark Knight",
        Genres = ["Action", "Science Fiction"],
        Keywords = ["dc comics", "time travels"],
        Directors = ["Christopher Nolan"],
        Cast = ["Christian Bale", "Heath Ledger", "Aaron Eckhart", "Michael Caine"],
        Companies = ["Warner Bros.", "Legendary Pictures", "Syncopy", "DC Entertainment"],
        Countries = ["US", "GB", "FR"],
        Overview = "Batman raises the stakes in his war on crime.",
        Tagline = "Welcome to a world without rules.",
    };

    [Fact]
    public void Build_DefaultOptions_WeighsFieldsAsConfigured()
    {
        var soup = new SoupBuilder(SoupOptions.Default, _stemmer).Build(DarkKnight());

        Assert.Contains(new SoupToken("sciencefiction", TermKind.Genre, "Science Fiction", SoupOptions.DefaultGenreWeight), soup);
        Assert.Contains(new SoupToken("christophernolan", TermKind.Director, "Christopher Nolan", SoupOptions.DefaultDirectorWeight), soup);
        Assert.Contains(new SoupToken("warnerbros", TermKind.Company, "Warner Bros.", SoupOptions.DefaultLeadCompanyWeight), soup);
        Assert.Contains(new SoupToken("syncopy", TermKind.Company, "Syncopy", 1f), soup);
        Assert.DoesNotContain(soup, t => t.Term == "dcentertainment");
        Assert.Contains(new SoupToken("countryus", TermKind.Country, "US", 1f), soup);
        Assert.DoesNotContain(soup, t => t.Term == "countryfr");
        Assert.Equal(["christianbale", "heathledger", "aaroneckhart"], soup.Where(t => t.Kind == TermKind.Cast).Select(t => t.Term));
    }

    [Fact]
    public void Build_KeywordPhrase_IsStemmedAndJoined()
    {
        var soup = new SoupBuilder(SoupOptions.Default, _stemmer).Build(DarkKnight());

        Assert.Contains(new SoupToken("timetravel", TermKind.Keyword, "time travels", 1f), soup);
        Assert.Contains(soup, t => t.Term == "dccomic" && t.Kind == TermKind.Keyword);
    }

    [Fact]
    public void Build_OverviewAndTagline_AreStopListedAndStemmed()
    {
        var soup = new SoupBuilder(SoupOptions.Default, _stemmer).Build(DarkKnight());
        var words = soup.Where(t => t.Kind == TermKind.Text).Select(t => t.Term).ToArray();

        Assert.Equal(["batman", "rais", "stake", "war", "crime", "welcom", "world", "rule"], words);
    }

    [Fact]
    public void Build_LimitsAndZeroWeights_AreHonoured()
    {
        var options = SoupOptions.Default with { MaxKeywords = 1, MaxCast = 1, TaglineWeight = 0, MaxOverviewWords = 1 };

        var soup = new SoupBuilder(options, _stemmer).Build(DarkKnight());

        Assert.Single(soup, t => t.Kind == TermKind.Keyword);
        Assert.Single(soup, t => t.Kind == TermKind.Cast);
        Assert.Equal(["batman"], soup.Where(t => t.Kind == TermKind.Text).Select(t => t.Term));
    }

    [Fact]
    public void Build_MovieWithoutMetadata_ReturnsEmptySoup()
    {
        var soup = new SoupBuilder(SoupOptions.Default, _stemmer).Build(new Movie { Id = 1, Title = "Empty" });

        Assert.Empty(soup);
    }
}
