namespace MovieRecommender.ScaleOut.Tests.Infrastructure;

/// <summary>Position of a cluster check in its run: later checks kill a replica and stop Redis, so order matters.</summary>
[AttributeUsage(AttributeTargets.Method, AllowMultiple = false)]
public sealed class CheckAttribute(int order) : Attribute
{
    public int Order { get; } = order;
}
