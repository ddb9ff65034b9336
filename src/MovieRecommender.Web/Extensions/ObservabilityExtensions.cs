using Microsoft.Extensions.Options;
using MovieRecommender.Web.Middleware;
using MovieRecommender.Web.Observability;
using MovieRecommender.Web.Settings;
using Serilog;

namespace MovieRecommender.Web.Extensions;

public static class ObservabilityExtensions
{
    private const string ConsoleTemplate = "[{Timestamp:HH:mm:ss} {Level:u3}] {Message:lj} {" + CorrelationIdMiddleware.LogPropertyName + "}{NewLine}{Exception}";
    private const string FileTemplate = "{Timestamp:yyyy-MM-dd HH:mm:ss.fff zzz} [{Level:u3}] {" + CorrelationIdMiddleware.LogPropertyName + "} {SourceContext}: {Message:lj}{NewLine}{Exception}";
    private const string FileName = "web-.log";

    /// <summary>
    /// Serilog to the console and to rolling files under the content root's logs folder; OpenTelemetry metrics (and
    /// traces with an OTLP collector), see <see cref="TelemetryExtensions"/>.
    /// </summary>
    public static WebApplicationBuilder AddObservability(this WebApplicationBuilder builder)
    {
        var configuration = builder.Configuration;

        // Do not advertise the server software.
        builder.WebHost.ConfigureKestrel(o => o.AddServerHeader = false);
        builder.Services.AddSerilog(
            (services, logger) =>
            {
                var environment = services.GetRequiredService<IHostEnvironment>();
                var fileLog = services.GetRequiredService<IOptions<FileLogSettings>>().Value;
                logger.ReadFrom.Configuration(configuration)
                    .Enrich.FromLogContext()
                    .WriteTo.Console(outputTemplate: ConsoleTemplate, formatProvider: System.Globalization.CultureInfo.InvariantCulture);
                if (fileLog.Enabled)
                {
                    // Anchored to the content root: relative paths would follow the working directory (bin/ under tests).
                    var directory = Path.GetFullPath(fileLog.Directory, environment.ContentRootPath);
                    Directory.CreateDirectory(directory);
                    logger.WriteTo.File(
                        Path.Combine(directory, FileName),
                        outputTemplate: FileTemplate,
                        rollingInterval: RollingInterval.Day,
                        retainedFileCountLimit: fileLog.RetainedFiles,
                        shared: true,
                        formatProvider: System.Globalization.CultureInfo.InvariantCulture);
                }
            },
            preserveStaticLogger: true);
        builder.AddOpenTelemetryMetrics();
        return builder;
    }
}
