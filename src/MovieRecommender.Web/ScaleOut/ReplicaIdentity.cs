using System.Globalization;
using Microsoft.Extensions.Options;
using MovieRecommender.Web.Settings;

namespace MovieRecommender.Web.ScaleOut;

/// <summary>This replica's name: <c>Replica:Name</c>, or host name and process id so two processes on one host differ.</summary>
public sealed class ReplicaIdentity(IOptions<ReplicaSettings> settings)
{
    public string Name { get; } = string.IsNullOrWhiteSpace(settings.Value.Name)
        ? string.Create(CultureInfo.InvariantCulture, $"{Environment.MachineName}-{Environment.ProcessId}")
        : settings.Value.Name;
}
