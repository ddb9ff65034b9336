using MovieRecommender.Core.Catalog;
using MovieRecommender.Core.Model;
using MovieRecommender.Core.Training;

namespace MovieRecommender.Core.Tests.TestSupport;

/// <summary>A small in-memory model built through the real pipeline code (no files).</summary>
public static class TinyModel
{
    public static IReadOnlyList<Movie> Movies() =>
    [
        new() { Id = 1, Title = "Space War", Genres = ["Science Fiction", "Action"], Keywords = ["space", "alien"], Directors = ["Ann Lee"], Companies = ["Orbit"], Countries = ["US"], Overview = "Soldiers fight aliens in space.", PosterPath = "/a.jpg", ImdbId = "tt01", ReleaseDate = new DateOnly(2001, 2, 3), RuntimeMinutes = 120, VoteAverage = 7.1, VoteCount = 900, Popularity = 12.5, OriginalLanguage = "en", Tagline = "War.", OriginalTitle = "Space War" },
        new() { Id = 2, Title = "Space War II", Genres = ["Science Fiction", "Action"], Keywords = ["space", "alien", "sequel"], Directors = ["Ann Lee"], Companies = ["Orbit"], Countries = ["US"], Overview = "The aliens return to space." },
        new() { Id = 3, Title = "Quiet Garden", Genres = ["Drama"], Keywords = ["garden", "family"], Directors = ["Bo Chan"], Companies = ["Leaf"], Countries = ["FR"], Overview = "A family tends a garden." },
        new() { Id = 4, Title = "Garden Party", Genres = ["Drama", "Comedy"], Keywords = ["garden", "party"], Directors = ["Bo Chan"], Companies = ["Leaf"], Countries = ["FR"], Overview = "A family party in the garden." },
        new() { Id = 5, Title = "Alien Garden", Genres = ["Science Fiction", "Drama"], Keywords = ["alien", "garden"], Directors = ["Cy Doe"], Companies = ["Orbit"], Countries = ["GB"], Overview = "An alien plant grows in a garden." },
    ];

    public static ModelBuildOptions Options { get; } = new()
    {
        TfIdf = new TfIdfOptions { MinDocumentFrequency = 1, MaxDocumentFrequencyRatio = 1.0 },
        Neighbours = new NeighbourOptions { Neighbours = 3 },
        TopTermsPerMovie = 4,
    };

    public static RecommenderModel Build() => RecommenderModelBuilder.Build(Movies(), Options).Model;
}
