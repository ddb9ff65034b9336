namespace MovieRecommender.ScaleOut.Tests.Infrastructure;

/// <summary>Where Debian puts the servers the scale-out tests start (scripts/install-prerequisites.sh installs them).</summary>
public static class ServerBinaries
{
    public static string? RedisServer => Find("redis-server", "/usr/bin/redis-server");

    public static string? Nginx => Find("nginx", "/usr/sbin/nginx");

    public static string? Wrk => Find("wrk", "/usr/bin/wrk");

    /// <summary>A message naming what is missing and how to install it; null when everything is there.</summary>
    public static string? MissingMessage(params (string Name, string? Path)[] needed)
    {
        var missing = needed.Where(n => n.Path is null).Select(n => n.Name).ToList();
        return missing.Count == 0
            ? null
            : $"{string.Join(", ", missing)} not installed: run scripts/install-prerequisites.sh (apt-get install -y redis-server nginx wrk).";
    }

    private static string? Find(string name, string debianPath)
    {
        if (File.Exists(debianPath))
        {
            return debianPath;
        }

        foreach (var directory in (Environment.GetEnvironmentVariable("PATH") ?? string.Empty).Split(':', StringSplitOptions.RemoveEmptyEntries))
        {
            var candidate = Path.Combine(directory, name);
            if (File.Exists(candidate))
            {
                return candidate;
            }
        }

        return null;
    }
}
