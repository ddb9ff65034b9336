namespace MovieRecommender.Web.Social.Pages;

/// <summary>/lists/join/{token}: what the invite is for and whether the visitor can accept it.</summary>
public sealed record JoinPageViewModel(string Token, string ListName, string OwnerName, int Members, bool NeedsProfile, bool AlreadyMember, string ListPath);
