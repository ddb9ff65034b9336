using MovieRecommender.Core.Watch;

namespace MovieRecommender.Core.Persistence;

/// <summary>
/// Payload of <c>providers.bin</c>: the providers table, the region codes, then per film its regions with the
/// region's link and offers (provider id, kind). Every value is checked on read.
/// </summary>
internal static class WatchAvailabilitySerializer
{
    // Smallest encodings, used to reject counts that cannot fit in the file.
    private const int MinProviderBytes = sizeof(int) + 1 + 1 + sizeof(int);
    private const int MinRegionCodeBytes = 1;
    private const int MinMovieBytes = sizeof(int) + sizeof(int);
    private const int MinRegionBytes = sizeof(int) + 1 + sizeof(int);
    private const int OfferBytes = sizeof(int) + sizeof(byte);

    public static void Write(ModelFileWriter file, WatchAvailability availability)
    {
        var writer = file.Writer;
        var providers = availability.Providers.Values.OrderBy(p => p.Id).ToList();
        writer.Write(providers.Count);
        foreach (var provider in providers)
        {
            writer.Write(provider.Id);
            writer.Write(provider.Name);
            file.WriteNullableString(provider.LogoPath);
            writer.Write(provider.DisplayPriority);
        }

        var regions = availability.ByMovie.Values.SelectMany(r => r).Select(r => r.Region).Distinct().Order(StringComparer.Ordinal).ToList();
        var regionIndex = regions.Select((code, i) => (code, i)).ToDictionary(x => x.code, x => x.i, StringComparer.Ordinal);
        writer.Write(regions.Count);
        foreach (var code in regions)
        {
            writer.Write(code);
        }

        writer.Write(availability.ByMovie.Count);
        foreach (var (movieId, movieRegions) in availability.ByMovie.OrderBy(e => e.Key))
        {
            writer.Write(movieId);
            writer.Write(movieRegions.Length);
            foreach (var region in movieRegions)
            {
                writer.Write(regionIndex[region.Region]);
                file.WriteNullableString(region.Link);
                writer.Write(region.Offers.Count);
                foreach (var offer in region.Offers)
                {
                    writer.Write(offer.ProviderId);
                    writer.Write((byte)offer.Kind);
                }
            }
        }
    }

    public static WatchAvailability Read(ModelFileReader file)
    {
        var reader = file.Reader;
        var providerCount = file.ReadCount(MinProviderBytes, "provider");
        var providers = new Dictionary<int, WatchProvider>(providerCount);
        for (var i = 0; i < providerCount; i++)
        {
            var id = reader.ReadInt32();
            var name = file.ReadString();
            var logo = file.ReadNullableString();
            var priority = reader.ReadInt32();
            if (id <= 0 || string.IsNullOrWhiteSpace(name) || !providers.TryAdd(id, new WatchProvider(id, name, logo, priority)))
            {
                throw file.Fail($"provider #{i} has an invalid or repeated id {id} or an empty name.");
            }
        }

        var regionCount = file.ReadCount(MinRegionCodeBytes, "region");
        var regions = new string[regionCount];
        for (var i = 0; i < regionCount; i++)
        {
            regions[i] = file.ReadString();
        }

        var movieCount = file.ReadCount(MinMovieBytes, "film");
        var byMovie = new Dictionary<int, RegionWatchOptions[]>(movieCount);
        for (var m = 0; m < movieCount; m++)
        {
            var movieId = reader.ReadInt32();
            var count = file.ReadCount(MinRegionBytes, "film region");
            var options = new RegionWatchOptions[count];
            for (var r = 0; r < count; r++)
            {
                options[r] = ReadRegion(file, regions, providers, movieId);
            }

            if (movieId <= 0 || !byMovie.TryAdd(movieId, options))
            {
                throw file.Fail($"film #{m} has an invalid or repeated id {movieId}.");
            }
        }

        return new WatchAvailability(providers.Values, byMovie);
    }

    private static RegionWatchOptions ReadRegion(ModelFileReader file, string[] regions, Dictionary<int, WatchProvider> providers, int movieId)
    {
        var index = file.Reader.ReadInt32();
        if ((uint)index >= (uint)regions.Length)
        {
            throw file.Fail($"film {movieId} names region #{index}, which does not exist.");
        }

        var link = file.ReadNullableString();
        if (link is not null && !(Uri.TryCreate(link, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp)))
        {
            throw file.Fail($"film {movieId} region {regions[index]} has a link that is not an http(s) address.");
        }

        var offerCount = file.ReadCount(OfferBytes, "offer");
        var offers = new WatchOffer[offerCount];
        for (var o = 0; o < offerCount; o++)
        {
            var providerId = file.Reader.ReadInt32();
            var kind = (WatchOfferKind)file.Reader.ReadByte();
            if (!providers.ContainsKey(providerId) || !Enum.IsDefined(kind))
            {
                throw file.Fail($"film {movieId} region {regions[index]} has an offer with unknown provider {providerId} or kind {(byte)kind}.");
            }

            offers[o] = new WatchOffer(providerId, kind);
        }

        return new RegionWatchOptions(regions[index], link, offers);
    }
}
