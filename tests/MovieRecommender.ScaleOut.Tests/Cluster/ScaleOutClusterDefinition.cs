namespace MovieRecommender.ScaleOut.Tests.Cluster;

/// <summary>One cluster for all checks (starting it takes a model training and two app starts).</summary>
[CollectionDefinition(Name)]
public sealed class ScaleOutClusterDefinition : ICollectionFixture<ScaleOutCluster>
{
    public const string Name = "scale-out cluster";
}
