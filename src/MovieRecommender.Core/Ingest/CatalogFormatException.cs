namespace MovieRecommender.Core.Ingest;

/// <summary>An input catalog file is missing, unreadable, or not in a known format. The message names the file.</summary>
public sealed class CatalogFormatException : Exception
{
    public CatalogFormatException(string message) : base(message) { }

    public CatalogFormatException(string message, Exception innerException) : base(message, innerException) { }

    public CatalogFormatException() { }
}
