using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;
using Npgsql;

namespace MovieRecommender.TestSupport;

/// <summary>
/// Debian's PostgreSQL started for the tests: a throwaway cluster (initdb) in a temp folder, listening on a free
/// loopback port, stopped and deleted when the test process ends. As root (CI), the server runs as the
/// <c>postgres</c> user, since PostgreSQL refuses to run as root. One server per test process; each test class
/// asks for its own database with <see cref="CreateDatabaseAsync"/>.
/// </summary>
public sealed class PostgresServer
{
    private const string PostgresLibRoot = "/usr/lib/postgresql";
    private const string SuperUser = "postgres";
    private const string ServiceAccount = "postgres";
    private static readonly TimeSpan CommandTimeout = TimeSpan.FromSeconds(90);

    private static readonly Lazy<Task<PostgresServer?>> SharedServer = new(StartSharedAsync, LazyThreadSafetyMode.ExecutionAndPublication);
    private static string? _unavailableReason;

    private readonly string _binDirectory;
    private readonly string _dataDirectory;
    private readonly string _rootDirectory;
    private readonly bool _asServiceAccount;
    private int _databaseCounter;

    private PostgresServer(string binDirectory, string rootDirectory, int port, bool asServiceAccount)
    {
        _binDirectory = binDirectory;
        _rootDirectory = rootDirectory;
        _dataDirectory = Path.Combine(rootDirectory, "data");
        _asServiceAccount = asServiceAccount;
        Port = port;
    }

    public int Port { get; }

    /// <summary>Why PostgreSQL cannot be used here (null when it can), for skip messages.</summary>
    public static string? UnavailableReason => FindBinDirectory() is null
        ? "PostgreSQL is not installed (Debian: apt-get install -y postgresql; scripts/install-prerequisites.sh does it as root)"
        : _unavailableReason;

    /// <summary>The process-wide server, started on first use; null (see <see cref="UnavailableReason"/>) when it cannot start.</summary>
    public static Task<PostgresServer?> SharedAsync() => SharedServer.Value;

    private const int MaxDatabaseNameLength = 48;

    /// <summary>A new empty database on the shared server and its connection string.</summary>
    public async Task<string> CreateDatabaseAsync(string prefix)
    {
        var unique = string.Create(CultureInfo.InvariantCulture,
            $"{prefix.ToLowerInvariant()}_{Environment.ProcessId}_{Interlocked.Increment(ref _databaseCounter)}_{Guid.NewGuid():N}");
        // PostgreSQL keeps 63 bytes of a name; a short prefix and process id give fewer than the cap, which is fine.
        var name = unique[..Math.Min(MaxDatabaseNameLength, unique.Length)];
        var admin = ConnectionString("postgres");
        await using var connection = new NpgsqlConnection(admin);
        await connection.OpenAsync().ConfigureAwait(false);
        await using var command = connection.CreateCommand();
        command.CommandText = $"CREATE DATABASE \"{name}\"";
        await command.ExecuteNonQueryAsync().ConfigureAwait(false);
        return ConnectionString(name);
    }

    public string ConnectionString(string database) => new NpgsqlConnectionStringBuilder
    {
        Host = IPAddress.Loopback.ToString(),
        Port = Port,
        Username = SuperUser,
        Database = database,
        Pooling = true,
    }.ToString();

    private static async Task<PostgresServer?> StartSharedAsync()
    {
        var bin = FindBinDirectory();
        if (bin is null)
        {
            return null;
        }

        var root = Directory.CreateTempSubdirectory("movierec-pg-").FullName;
        var asServiceAccount = Environment.UserName == "root" || IsRoot();
        var server = new PostgresServer(bin, root, FreePort(), asServiceAccount);
        try
        {
            await server.StartAsync().ConfigureAwait(false);
            AppDomain.CurrentDomain.ProcessExit += (_, _) => server.Stop();
            return server;
        }
        catch (InvalidOperationException ex)
        {
            _unavailableReason = "PostgreSQL could not be started: " + ex.Message;
            server.Stop();
            return null;
        }
    }

    private async Task StartAsync()
    {
        if (_asServiceAccount)
        {
            await RunAsync("chown", ["-R", $"{ServiceAccount}:{ServiceAccount}", _rootDirectory]).ConfigureAwait(false);
        }

        await RunAsServerUserAsync(Path.Combine(_binDirectory, "initdb"),
            ["-D", _dataDirectory, "-U", SuperUser, "-A", "trust", "-E", "UTF8", "--locale=C", "--no-sync"]).ConfigureAwait(false);
        // Durability settings off: the tests check the app's behaviour, not PostgreSQL's fsync.
        var serverOptions = string.Create(CultureInfo.InvariantCulture,
            $"-p {Port} -k {_rootDirectory} -c listen_addresses=127.0.0.1 -c fsync=off -c full_page_writes=off -c synchronous_commit=off -c max_connections=300");
        await RunAsServerUserAsync(Path.Combine(_binDirectory, "pg_ctl"),
            ["-D", _dataDirectory, "-l", Path.Combine(_rootDirectory, "server.log"), "-o", serverOptions, "-w", "-t", "60", "start"]).ConfigureAwait(false);
    }

    private void Stop()
    {
        try
        {
            if (File.Exists(Path.Combine(_dataDirectory, "postmaster.pid")))
            {
                RunAsServerUserAsync(Path.Combine(_binDirectory, "pg_ctl"), ["-D", _dataDirectory, "-m", "immediate", "-w", "stop"])
                    .GetAwaiter().GetResult();
            }
        }
        catch (InvalidOperationException)
        {
            // Already stopped; the folder is removed below either way.
        }

        try
        {
            Directory.Delete(_rootDirectory, recursive: true);
        }
        catch (IOException)
        {
        }
        catch (UnauthorizedAccessException)
        {
        }
    }

    private Task RunAsServerUserAsync(string program, IReadOnlyList<string> arguments) =>
        _asServiceAccount ? RunAsync("runuser", ["-u", ServiceAccount, "--", program, .. arguments]) : RunAsync(program, arguments);

    private static async Task RunAsync(string program, IReadOnlyList<string> arguments)
    {
        var startInfo = new ProcessStartInfo(program)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = Path.GetTempPath(),
        };
        foreach (var argument in arguments)
        {
            startInfo.ArgumentList.Add(argument);
        }

        using var process = Process.Start(startInfo) ?? throw new InvalidOperationException($"{program} did not start");
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(CommandTimeout);
        try
        {
            await process.WaitForExitAsync(timeout.Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw new InvalidOperationException($"{program} did not finish within {CommandTimeout.TotalSeconds:0} s");
        }

        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException(
                $"{Path.GetFileName(program)} {string.Join(' ', arguments)} exited with {process.ExitCode}: {await error.ConfigureAwait(false)}{await output.ConfigureAwait(false)}");
        }
    }

    private static string? FindBinDirectory()
    {
        if (!Directory.Exists(PostgresLibRoot))
        {
            return null;
        }

        return Directory.GetDirectories(PostgresLibRoot)
            .Select(d => Path.Combine(d, "bin"))
            .Where(bin => File.Exists(Path.Combine(bin, "initdb")) && File.Exists(Path.Combine(bin, "pg_ctl")))
            .OrderByDescending(bin => int.TryParse(Path.GetFileName(Path.GetDirectoryName(bin)), NumberStyles.Integer, CultureInfo.InvariantCulture, out var v) ? v : 0)
            .FirstOrDefault();
    }

    private static bool IsRoot()
    {
        try
        {
            return File.ReadAllText("/proc/self/status").Split('\n')
                .FirstOrDefault(line => line.StartsWith("Uid:", StringComparison.Ordinal))?
                .Split('\t', StringSplitOptions.RemoveEmptyEntries).ElementAtOrDefault(1) == "0";
        }
        catch (IOException)
        {
            return false;
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return port;
    }
}
