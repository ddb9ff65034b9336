using System.ComponentModel.DataAnnotations;

namespace MovieRecommender.Web.Settings;

/// <summary>This process among several replicas (section "Replica").</summary>
public sealed class ReplicaSettings
{
    public const string SectionName = "Replica";

    /// <summary>Name shown in health and used in the replica registry; empty = host name and process id.</summary>
    [StringLength(100, ErrorMessage = "Replica:Name must be at most {1} characters.")]
    [RegularExpression(@"^[A-Za-z0-9_.\-]*$", ErrorMessage = "Replica:Name may hold only letters, digits and _ . -")]
    public string Name { get; set; } = string.Empty;

    /// <summary>
    /// After loading and verifying a newly published model, the longest a replica waits for the other live
    /// replicas to have it ready too before it switches anyway (a replica that cannot load it must not hold
    /// the others back forever).
    /// </summary>
    [Range(1, 600, ErrorMessage = "Replica:SwitchTimeoutSeconds must be between {1} and {2}.")]
    public int SwitchTimeoutSeconds { get; set; } = 30;
}
