using System.Text.Json;

namespace MovieRecommender.Core.Persistence;

/// <summary>JSON settings of <c>manifest.json</c> (camelCase, indented for humans).</summary>
internal static class ModelJson
{
    public static JsonSerializerOptions Options { get; } = new(JsonSerializerDefaults.Web) { WriteIndented = true };
}
