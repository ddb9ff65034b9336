using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using MovieRecommender.Core.Ingest;
using MovieRecommender.Core.Persistence;
using MovieRecommender.Core.Updating;
using MovieRecommender.Web.Tests.Infrastructure;

namespace MovieRecommender.Web.Tests.CatalogUpdates;

/// <summary>
/// The app with admin on and the catalog updater of the test's choice: the real one (real catalog reader, model
/// reader and writer on <see cref="ModelDirectory"/>), or a stand-in that holds the update until released.
/// </summary>
internal sealed class CatalogUpdateFactory : WebAppFactory
{
    private readonly ICatalogUpdater? _updater;

    public CatalogUpdateFactory(string modelDirectory, ICatalogUpdater? updater = null)
        : base(new Dictionary<string, string?>
        {
            ["Admin:Enabled"] = "true",
            ["Admin:ApiKey"] = AdminKey,
            ["Model:Directory"] = modelDirectory,
        })
    {
        ModelDirectory = modelDirectory;
        _updater = updater;
    }

    public string ModelDirectory { get; }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureTestServices(services =>
            services.AddSingleton(_updater ?? new CatalogUpdater(new CatalogReader(), new ModelReader(), new ModelWriter())));
    }
}
