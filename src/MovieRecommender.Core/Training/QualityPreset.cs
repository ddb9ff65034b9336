namespace MovieRecommender.Core.Training;

/// <summary>Catalog filters like the original app's presets: minimum vote count 5 / 50 / 500.</summary>
public enum QualityPreset
{
    Low = 0,
    Medium = 1,
    High = 2,
}
