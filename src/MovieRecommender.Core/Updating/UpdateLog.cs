using Microsoft.Extensions.Logging;

namespace MovieRecommender.Core.Updating;

internal static partial class UpdateLog
{
    [LoggerMessage(Level = LogLevel.Information, Message = "Updating model {ModelVersion} with {Films} films from {InputPath}")]
    public static partial void Started(ILogger logger, string modelVersion, int films, string inputPath);

    [LoggerMessage(Level = LogLevel.Information,
        Message = "Published model {ModelVersion}: {Added} films added, {Replaced} replaced, {ListsChanged} other films' neighbour lists changed, idf drift {Drift:P1}")]
    public static partial void Published(ILogger logger, string modelVersion, int added, int replaced, int listsChanged, double drift);

    [LoggerMessage(Level = LogLevel.Information,
        Message = "Carried the collaborative part and ranker over; {Added} new films have no ratings yet and are recommended from content")]
    public static partial void CollaborativeCarried(ILogger logger, int added);

    [LoggerMessage(Level = LogLevel.Warning,
        Message = "The idf of the model's terms has drifted {Drift:P1} on average from the current catalog (advice threshold {Threshold:P0}): train the model again")]
    public static partial void RetrainAdvised(ILogger logger, double drift, double threshold);
}
