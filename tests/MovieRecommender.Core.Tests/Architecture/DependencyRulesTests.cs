using MovieRecommender.Core.Ingest;
using NetArchTest.Rules;

namespace MovieRecommender.Core.Tests.Architecture;

/// <summary>Dependency directions inside Core, checked on the compiled IL (method bodies included).</summary>
public sealed class DependencyRulesTests
{
    private static Types CoreTypes() => Types.InAssembly(typeof(CatalogFilter).Assembly);

    [Theory]
    [InlineData("MovieRecommender.Core.Ingest", "MovieRecommender.Core.Training")]
    [InlineData("MovieRecommender.Core.Catalog", "MovieRecommender.Core.Training")]
    [InlineData("MovieRecommender.Core.Catalog", "MovieRecommender.Core.Ingest")]
    public void Namespace_LowerLayer_DoesNotDependOnHigherLayer(string lower, string higher)
    {
        // Act
        var result = CoreTypes().That().ResideInNamespace(lower).ShouldNot().HaveDependencyOn(higher).GetResult();

        // Assert
        Assert.True(result.IsSuccessful, $"{lower} depends on {higher}: " + string.Join(", ", result.FailingTypeNames ?? []));
    }

    [Theory]
    [InlineData("Microsoft.AspNetCore")]
    [InlineData("Microsoft.EntityFrameworkCore")]
    public void Core_AnyType_DoesNotDependOnWebOrDataFrameworks(string framework)
    {
        // Act
        var result = CoreTypes().ShouldNot().HaveDependencyOn(framework).GetResult();

        // Assert
        Assert.True(result.IsSuccessful, $"Core depends on {framework}: " + string.Join(", ", result.FailingTypeNames ?? []));
    }
}
