using MovieRecommender.Core.Experiments;
using MovieRecommender.Core.Recommendations;

namespace MovieRecommender.Core.Tests.Experiments;

public sealed class ExperimentAssignerTests
{
    private static readonly ExperimentDefinition Ranking = new("ranking",
        [new ExperimentVariant("control", 1, RecommenderSettings.Default), new ExperimentVariant("prior", 3, new RecommenderSettings(PopularityPrior: 0.3))],
        "control");

    [Fact]
    public void Assign_SameSubject_AlwaysSameVariant()
    {
        // Act
        var first = ExperimentAssigner.Assign([Ranking], "v:abc");
        var again = ExperimentAssigner.Assign([Ranking], "v:abc");

        // Assert
        Assert.Equal(first!.Variant.Name, again!.Variant.Name);
    }

    [Fact]
    public void Assign_ManySubjects_SplitFollowsWeights()
    {
        // Act
        var prior = Enumerable.Range(0, 20_000).Count(i => ExperimentAssigner.Assign([Ranking], $"v:{i}")!.Variant.Name == "prior");

        // Assert: weight 3 of 4 → 75% ± a few standard errors (σ ≈ 0.3%).
        Assert.InRange(prior / 20_000.0, 0.735, 0.765);
    }

    [Fact]
    public void Assign_TwoExperiments_EachSubjectInExactlyOneAndBothUsed()
    {
        // Arrange
        var other = Ranking with { Name = "diversity" };

        // Act
        var names = Enumerable.Range(0, 2_000).Select(i => ExperimentAssigner.Assign([Ranking, other], $"v:{i}")!.Experiment.Name).ToList();

        // Assert
        Assert.InRange(names.Count(n => n == "ranking"), 900, 1_100);
    }

    [Fact]
    public void Assign_NoSubject_NoAssignment()
    {
        // Act / Assert
        Assert.Null(ExperimentAssigner.Assign([Ranking], string.Empty));
    }
}
