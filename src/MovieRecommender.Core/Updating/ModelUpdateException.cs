namespace MovieRecommender.Core.Updating;

/// <summary>The model cannot take this update (no vector space, other training settings, replaced meanwhile); the message says why and what to do.</summary>
public sealed class ModelUpdateException : Exception
{
    public ModelUpdateException()
    {
    }

    public ModelUpdateException(string message)
        : base(message)
    {
    }

    public ModelUpdateException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
