using System.Net;
using System.Net.Sockets;

namespace MovieRecommender.Web.RateLimiting;

/// <summary>
/// The client a request is counted against: its connection's remote address (the real client once forwarded headers
/// from a trusted proxy have been applied). IPv4-mapped IPv6 counts as the IPv4 address, and IPv6 clients are counted
/// per /64 network, because one subscriber typically holds a whole /64 and could otherwise rotate addresses.
/// </summary>
public static class ClientAddress
{
    public const string Unknown = "unknown";
    private const int Ipv6SubscriberPrefixBytes = 8;

    public static string PartitionOf(IPAddress? remote)
    {
        if (remote is null)
        {
            return Unknown;
        }

        if (remote.IsIPv4MappedToIPv6)
        {
            return remote.MapToIPv4().ToString();
        }

        if (remote.AddressFamily != AddressFamily.InterNetworkV6)
        {
            return remote.ToString();
        }

        var bytes = remote.GetAddressBytes();
        Array.Clear(bytes, Ipv6SubscriberPrefixBytes, bytes.Length - Ipv6SubscriberPrefixBytes);
        return new IPAddress(bytes).ToString() + "/64";
    }
}
