namespace MovieRecommender.Web.Personal.Import;

/// <summary>The whole file is refused (nothing is imported); the message says why, for the user.</summary>
public sealed class ImportRejectedException(string message, int statusCode = StatusCodes.Status400BadRequest) : Exception(message)
{
    public int StatusCode { get; } = statusCode;
}
