using System.Globalization;
using MovieRecommender.Web.Localization;

namespace MovieRecommender.Web.Tests.Localization;

public sealed class LocalizationUnitTests
{
    [Fact]
    public void Discover_BuildOutput_FindsSpanishSatelliteAssembly()
    {
        Assert.Contains("es", SupportedCultures.Discover());
    }

    [Fact]
    public void SupportedCultures_NothingConfigured_EnglishFirstThenDiscovered()
    {
        var supported = new SupportedCultures([], ["es"]);

        Assert.Equal(new[] { "en", "es" }, supported.Cultures.Select(c => c.Name));
        Assert.Equal("en", supported.Default.Name);
        Assert.Equal("es", supported.Find("ES")?.Name);
        Assert.Null(supported.Find("de"));
    }

    [Fact]
    public void SupportedCultures_Configured_OnlyThose()
    {
        var supported = new SupportedCultures(["en"], ["es"]);

        Assert.Equal(new[] { "en" }, supported.Cultures.Select(c => c.Name));
    }

    [Theory]
    [InlineData("/movies/1?culture=es", "/movies/1")]
    [InlineData("/?title=Heat&culture=es&ui-culture=es&page=2", "/?title=Heat&page=2")]
    [InlineData("/top-rated", "/top-rated")]
    [InlineData("/?genres=Crime&genres=Drama&Culture=en", "/?genres=Crime&genres=Drama")]
    public void WithoutCultureQuery_RemovesOnlyCultureParameters(string url, string expected)
    {
        Assert.Equal(expected, LanguageLinks.WithoutCultureQuery(url));
    }

    [Theory]
    [InlineData("en", "July 16, 2008")]
    [InlineData("es", "16 de julio de 2008")]
    public void LongDate_PerCulture_NoWeekday(string culture, string expected)
    {
        var previous = CultureInfo.CurrentCulture;
        CultureInfo.CurrentCulture = CultureInfo.GetCultureInfo(culture);
        try
        {
            Assert.Equal(expected, TextExtensions.LongDate(new DateOnly(2008, 7, 16)));
        }
        finally
        {
            CultureInfo.CurrentCulture = previous;
        }
    }

    [Theory]
    [InlineData("fr", "fr")]
    [InlineData("EN", "en")]
    [InlineData("x", null)]
    [InlineData("en\" onload=\"", null)]
    [InlineData(null, null)]
    [InlineData("cn", "yue")] // TMDB's code for Cantonese (無間道) is no valid language tag
    [InlineData("xx", null)]  // TMDB's "no language"
    public void LangAttribute_OnlyLanguageCodes(string? code, string? expected)
    {
        Assert.Equal(expected, TextExtensions.LangAttribute(code));
    }

    [Fact]
    public void Settings_UnknownCulture_InvalidNamingTheKey()
    {
        var settings = new LocalizationSettings { SupportedCultures = ["en", "xx-nonsense"] };

        var result = Assert.Single(settings.Validate(new System.ComponentModel.DataAnnotations.ValidationContext(settings)));
        Assert.Contains("Localization:SupportedCultures", result.ErrorMessage, StringComparison.Ordinal);
    }
}
