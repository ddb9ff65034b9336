namespace MovieRecommender.Web.Social.Pages;

/// <summary>A person in a list of people (following, followers, blocked, list members).</summary>
public sealed record PersonEntryViewModel(string Handle, string DisplayName, string? Note = null)
{
    public string Url => "/u/" + Handle;
}
