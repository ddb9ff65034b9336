using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Options;
using MovieRecommender.Web.Settings;

namespace MovieRecommender.Web.Security;

/// <summary>Checks an admin key in constant time (hashing first so length differences do not leak either).</summary>
public sealed class AdminKeyValidator(IOptions<AdminSettings> settings)
{
    public const string HeaderName = "X-Admin-Key";

    public bool IsEnabled => settings.Value.Enabled && !string.IsNullOrWhiteSpace(settings.Value.ApiKey);

    public bool IsValid(string? candidate)
    {
        if (!IsEnabled || string.IsNullOrEmpty(candidate))
        {
            return false;
        }

        var expected = SHA256.HashData(Encoding.UTF8.GetBytes(settings.Value.ApiKey!.Trim()));
        var actual = SHA256.HashData(Encoding.UTF8.GetBytes(candidate.Trim()));
        return CryptographicOperations.FixedTimeEquals(expected, actual);
    }
}
