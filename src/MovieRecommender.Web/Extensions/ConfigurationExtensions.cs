namespace MovieRecommender.Web.Extensions;

public static class ConfigurationExtensions
{
    public const string EnvironmentPrefix = "MOVIEREC__";
    public const string AdminEnabledVariable = "ADMIN_ENABLED";
    private const string DotEnvFileName = ".env";

    /// <summary>
    /// Adds, in increasing precedence: a <c>.env</c> file (if any), plain environment variables,
    /// <c>ADMIN_ENABLED</c>, <c>MOVIEREC__</c>-prefixed variables and the command line.
    /// </summary>
    public static WebApplicationBuilder AddWebConfiguration(this WebApplicationBuilder builder, string[] args)
    {
        var dotEnv = FindDotEnv(builder.Environment.ContentRootPath);
        if (dotEnv is not null)
        {
            // Real environment variables win over the file.
            DotNetEnv.Env.NoClobber().Load(dotEnv);
        }

        builder.Configuration.AddEnvironmentVariables();
        if (Environment.GetEnvironmentVariable(AdminEnabledVariable) is { } adminEnabled)
        {
            builder.Configuration.AddInMemoryCollection([new("Admin:Enabled", NormaliseBoolean(adminEnabled))]);
        }

        builder.Configuration.AddEnvironmentVariables(EnvironmentPrefix);
        builder.Configuration.AddCommandLine(args);
        return builder;
    }

    /// <summary>
    /// The working directory's <c>.env</c>; failing that, one beside the content root or up to the repo root,
    /// because <c>dotnet run --project src/MovieRecommender.Web</c> runs the app in the project folder.
    /// </summary>
    internal static string? FindDotEnv(string contentRoot)
    {
        var inWorkingDirectory = Path.Combine(Directory.GetCurrentDirectory(), DotEnvFileName);
        return File.Exists(inWorkingDirectory) ? inWorkingDirectory : Services.ModelPaths.FindDataFile(DotEnvFileName, contentRoot);
    }

    /// <summary>Accepts the usual shell spellings (1/0, yes/no, on/off); anything else is left for validation to reject.</summary>
    internal static string NormaliseBoolean(string value) => value.Trim().ToUpperInvariant() switch
    {
        "1" or "YES" or "ON" or "TRUE" => "true",
        "0" or "NO" or "OFF" or "FALSE" or "" => "false",
        _ => value,
    };
}
