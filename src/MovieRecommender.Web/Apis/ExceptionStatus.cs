using MovieRecommender.Core.Recommendations;

namespace MovieRecommender.Web.Apis;

/// <summary>
/// Maps exceptions that a client's request can cause to a 4xx/503 status. Only genuine server faults stay 500.
/// </summary>
public static class ExceptionStatus
{
    public static int For(Exception? exception) => exception switch
    {
        BadHttpRequestException bad => bad.StatusCode,
        ModelNotReadyException => StatusCodes.Status503ServiceUnavailable,
        ArgumentException or FormatException or OverflowException => StatusCodes.Status400BadRequest,
        OperationCanceledException => StatusCodes.Status499ClientClosedRequest,
        _ => StatusCodes.Status500InternalServerError,
    };
}
