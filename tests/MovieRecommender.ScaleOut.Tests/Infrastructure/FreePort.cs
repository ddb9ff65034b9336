using System.Net;
using System.Net.Sockets;

namespace MovieRecommender.ScaleOut.Tests.Infrastructure;

/// <summary>A loopback TCP port that is free right now, so parallel runs never collide on a fixed port.</summary>
public static class FreePort
{
    public static int Next()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return port;
    }
}
