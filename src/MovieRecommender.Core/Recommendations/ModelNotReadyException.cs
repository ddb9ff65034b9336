namespace MovieRecommender.Core.Recommendations;

/// <summary>A query arrived before any model was loaded.</summary>
public sealed class ModelNotReadyException : InvalidOperationException
{
    public ModelNotReadyException() : base("No recommendation model is loaded yet.") { }

    public ModelNotReadyException(string message) : base(message) { }

    public ModelNotReadyException(string message, Exception innerException) : base(message, innerException) { }
}
