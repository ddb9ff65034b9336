namespace MovieRecommender.EndToEnd.Infrastructure;

/// <summary>
/// Every end-to-end test class joins this collection with <c>[Collection(EndToEndSuite.Name)]</c> and takes
/// <see cref="WebAppFixture"/> and/or <see cref="BrowserFixture"/> in its constructor: one app and one browser for
/// the whole run, and the tests in the collection run one after another.
/// </summary>
[CollectionDefinition(Name)]
public sealed class EndToEndSuite : ICollectionFixture<WebAppFixture>, ICollectionFixture<BrowserFixture>
{
    public const string Name = "EndToEnd";
}
