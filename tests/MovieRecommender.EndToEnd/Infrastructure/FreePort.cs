using System.Net;
using System.Net.Sockets;

namespace MovieRecommender.EndToEnd.Infrastructure;

/// <summary>Picks a loopback TCP port that is free right now, so parallel test runs never collide on a fixed port.</summary>
public static class FreePort
{
    public static int Next()
    {
        // Port 0 asks the OS for an unused port; the small window before the app binds it is acceptable for tests.
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return port;
    }
}
