using MovieRecommender.Web.Services;

namespace MovieRecommender.Web.Tests.Services;

public sealed class PublicReasonTests
{
    private const string ModelDirectory = "/srv/movierec/models/current";

    [Theory]
    [InlineData("no model in /srv/movierec/models/current; keeping the served one", "no model in the model folder; keeping the served one")]
    [InlineData("/srv/movierec/models/current/terms.bin: truncated", "terms.bin: truncated")]
    [InlineData("Could not find file '/home/op/data/demo/movies.csv'.", "Could not find file 'movies.csv'.")]
    [InlineData(@"Access to the path 'C:\srv\models\x.bin' is denied.", "Access to the path 'x.bin' is denied.")]
    [InlineData("manifest.json: checksum mismatch", "manifest.json: checksum mismatch")]
    [InlineData("Model:DemoCatalog 'data/demo/movies.csv' was not found", "Model:DemoCatalog 'data/demo/movies.csv' was not found")]
    [InlineData("3/4 files read", "3/4 files read")]
    public void WithoutPaths_Message_KeepsNoAbsolutePath(string message, string expected)
    {
        // Act
        var reason = PublicReason.WithoutPaths(message, ModelDirectory);

        // Assert
        Assert.Equal(expected, reason);
    }
}
