namespace MovieRecommender.Core.Persistence;

/// <summary>One file's outcome in <see cref="ModelVerifier"/>: its size and, when it failed, why.</summary>
public sealed record VerifiedModelFile(string Name, long Bytes, string? Problem)
{
    public const string Missing = "missing";
    public const string Sha256Mismatch = "sha256 does not match the manifest";
    public const string FastChecksumMismatch = "XxHash128 does not match the manifest";

    public bool IsValid => Problem is null;
}
