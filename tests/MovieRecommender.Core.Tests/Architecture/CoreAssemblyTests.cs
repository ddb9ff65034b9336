using MovieRecommender.Core.Model;

namespace MovieRecommender.Core.Tests.Architecture;

/// <summary>The serving assembly carries only what serves or trains models: no evaluation or synthetic data code.</summary>
public class CoreAssemblyTests
{
    [Theory]
    [InlineData(".Evaluation")]
    [InlineData(".Synthetic")]
    public void Types_OfCoreAssembly_HaveNoBenchOnlyNamespace(string namespaceSuffix)
    {
        // Arrange
        var types = typeof(RecommenderModel).Assembly.GetTypes();

        // Act
        var offending = types
            .Where(t => t.Namespace is { } ns && ns.Contains(namespaceSuffix, StringComparison.Ordinal))
            .Select(t => t.FullName)
            .ToList();

        // Assert
        Assert.Empty(offending);
    }

    [Fact]
    public void References_OfCoreAssembly_IncludeNoAspNetOrEntityFramework()
    {
        // Arrange
        var references = typeof(RecommenderModel).Assembly.GetReferencedAssemblies().Select(a => a.Name ?? string.Empty);

        // Act
        var offending = references
            .Where(name => name.StartsWith("Microsoft.AspNetCore", StringComparison.Ordinal)
                           || name.StartsWith("Microsoft.EntityFrameworkCore", StringComparison.Ordinal))
            .ToList();

        // Assert
        Assert.Empty(offending);
    }
}
