using System.Security.Cryptography;
using System.Text;

namespace MovieRecommender.Web.Sharing;

/// <summary>A rendered share card and its entity tag (changes with the model version).</summary>
public sealed record ShareImage(byte[] Png, string ETag)
{
    private const int TagLength = 16;

    public static string ETagFor(string cacheKey) =>
        "\"" + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(cacheKey)))[..TagLength] + "\"";
}
