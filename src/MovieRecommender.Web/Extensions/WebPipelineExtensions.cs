using MovieRecommender.Web.Analytics;
using MovieRecommender.Web.Health;
using MovieRecommender.Web.Localization;
using MovieRecommender.Web.Middleware;
using MovieRecommender.Web.ScaleOut;
using MovieRecommender.Web.Observability;
using Scalar.AspNetCore;
using Serilog;

namespace MovieRecommender.Web.Extensions;

public static class WebPipelineExtensions
{
    public static WebApplication UseWebPipeline(this WebApplication app)
    {
        app.UseForwardedHeadersFromSettings();
        app.UseMiddleware<CorrelationIdMiddleware>();
        app.UseMiddleware<SecurityHeadersMiddleware>();
        app.UseAppLocalization();
        // The static Serilog logger is left alone (preserveStaticLogger), so hand the middleware the app's logger.
        app.UseSerilogRequestLogging(o => o.Logger = app.Services.GetService<Serilog.ILogger>());
        app.UseExceptionHandler("/error");
        if (app.Environment.IsProduction())
        {
            app.UseHsts();
            app.UseHttpsRedirection();
        }

        app.UseStatusCodePagesWithReExecute("/status/{0}");
        // Inside the error handlers, so a failed request's half-written page is dropped and the error page sent whole.
        app.UseMiddleware<WholeResponseMiddleware>();
        app.UseRouting();
        app.UseAppMetrics();
        app.UseMiddleware<VisitorMiddleware>();
        app.UseCors();
        // Authentication first: the "writes" policy partitions signed-in users by account, not by address.
        app.UseAuthentication();
        app.UseRateLimiter();
        app.UseAuthorization();
        return app;
    }

    public static WebApplication MapEndpoints(this WebApplication app)
    {
        app.MapStaticAssets();
        app.MapControllers().WithStaticAssets().AnswerHeadLikeGet();
        app.MapOpenApi().AnswerHeadLikeGet();
        app.MapMetrics();
        app.MapHealthProbes();
        if (app.Environment.IsDevelopment())
        {
            app.MapScalarApiReference().AnswerHeadLikeGet();
        }

        return app;
    }
}
