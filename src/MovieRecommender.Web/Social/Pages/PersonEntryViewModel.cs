namespace MovieRecommender.Web.Social.Pages;

/// <summary>A person in a list of people (following, followers, blocked, list members).</summary>
public sealed record PersonEntryViewModel(string Handle, string DisplayName, string? Note = null)
{
    /// <summary>A list member (not the owner), whom the owner can remove or who can leave.</summary>
    public bool Removable { get; init; }

    public string Url => "/u/" + Handle;
}
