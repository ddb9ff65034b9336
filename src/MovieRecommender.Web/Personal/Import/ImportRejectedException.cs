namespace MovieRecommender.Web.Personal.Import;

/// <summary>
/// The whole file is refused (nothing is imported). <see cref="Key"/> and <see cref="Arguments"/> say why as a
/// SharedResource message, so the page and the API answer in the user's language; the exception's own message is the
/// key, for logs.
/// </summary>
public sealed class ImportRejectedException(string key, object[] arguments, int statusCode = StatusCodes.Status400BadRequest) : Exception(key)
{
    public string Key { get; } = key;

    public IReadOnlyList<object> Arguments { get; } = arguments;

    public int StatusCode { get; } = statusCode;
}
