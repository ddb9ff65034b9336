namespace MovieRecommender.Web.Social.Pages;

/// <summary>/me/profile: the user's handle, display name and visibility, and the people they follow, are followed by and blocked.</summary>
public sealed record ProfileFormViewModel
{
    public string? Handle { get; init; }
    public string? DisplayName { get; init; }
    public bool IsPublic { get; init; }
    public bool HasProfile { get; init; }
    public bool Saved { get; init; }
    public IReadOnlyList<string> Errors { get; init; } = [];
    public IReadOnlyList<PersonEntryViewModel> Following { get; init; } = [];
    public IReadOnlyList<PersonEntryViewModel> Followers { get; init; } = [];
    public IReadOnlyList<PersonEntryViewModel> Blocked { get; init; } = [];
}
