using System.ComponentModel.DataAnnotations;

namespace MovieRecommender.Web.Settings;

/// <summary>Rolling log files (section "FileLog"); the folder is anchored to the content root.</summary>
public sealed class FileLogSettings
{
    public const string SectionName = "FileLog";

    public bool Enabled { get; set; } = true;

    [Required(AllowEmptyStrings = false, ErrorMessage = "FileLog:Directory must not be empty.")]
    public string Directory { get; set; } = "logs";

    [Range(1, 365, ErrorMessage = "FileLog:RetainedFiles must be between {1} and {2}.")]
    public int RetainedFiles { get; set; } = 14;
}
