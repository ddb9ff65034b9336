namespace MovieRecommender.EndToEnd.Infrastructure;

/// <summary>The ways an operator can start the web app, each with its own content root and static-asset layout.</summary>
public enum AppStartShape
{
    /// <summary><c>dotnet bin/…/MovieRecommender.Web.dll</c> in its build folder.</summary>
    BuildOutput,

    /// <summary>The build output started in the project folder, as <c>dotnet run --no-launch-profile</c> does.</summary>
    ProjectFolder,

    /// <summary><c>dotnet publish</c> output, as the Dockerfile builds it.</summary>
    PublishOutput,
}
