using System.Text.Encodings.Web;
using System.Text.Unicode;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Localization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.WebEncoders;

namespace MovieRecommender.Web.Localization;

public static class LocalizationExtensions
{
    /// <summary>
    /// Resource-file localisation for views, data-annotation messages, model-binding messages and Identity's errors,
    /// all from <see cref="SharedResource"/>. The request culture comes from <c>?culture=</c>, then the
    /// <c>.AspNetCore.Culture</c> cookie, then <c>Accept-Language</c>, then English.
    /// </summary>
    public static IMvcBuilder AddAppLocalization(this IMvcBuilder mvc)
    {
        ArgumentNullException.ThrowIfNull(mvc);
        var services = mvc.Services;
        services.AddOptions<LocalizationSettings>().BindConfiguration(LocalizationSettings.SectionName).ValidateDataAnnotations().ValidateOnStart();
        services.AddLocalization();
        // Razor's default encoder escapes every character outside Basic Latin ("pel&#xED;culas"): valid, but it
        // bloats Spanish pages and breaks searching them. Markup-significant characters are still escaped.
        services.Configure<WebEncoderOptions>(o => o.TextEncoderSettings = new TextEncoderSettings(UnicodeRanges.All));
        services.AddSingleton<SupportedCultures>();
        services.AddSingleton<LanguageLinks>();
        services.AddScoped<IdentityErrorDescriber, LocalizedIdentityErrorDescriber>();
        services.AddOptions<RequestLocalizationOptions>().Configure<SupportedCultures>((o, supported) =>
        {
            o.DefaultRequestCulture = new RequestCulture(supported.Default);
            o.SupportedCultures = [.. supported.Cultures];
            o.SupportedUICultures = [.. supported.Cultures];
            o.FallBackToParentCultures = true;
            o.FallBackToParentUICultures = true;
            o.ApplyCurrentCultureToResponseHeaders = true;
        });
        services.AddOptions<MvcOptions>().Configure<IStringLocalizer<SharedResource>>((o, text) => UseLocalizedBindingMessages(o, text));

        // System.Text.Json's own messages ("'x' is an invalid start of a value. Path: $ | LineNumber: 0 …") are
        // English only and describe the parser, not the request: the error keeps its key (the JSON path) and gets
        // a message in the request's language instead.
        services.Configure<JsonOptions>(o => o.AllowInputFormatterExceptionMessages = false);
        services.AddOptions<ApiBehaviorOptions>().Configure<IStringLocalizer<SharedResource>>((o, text) =>
        {
            var respond = o.InvalidModelStateResponseFactory;
            o.InvalidModelStateResponseFactory = context =>
            {
                DescribeUnreadableBodies(context.ModelState, text);
                return respond(context);
            };
        });
        return mvc
            .AddViewLocalization()
            .AddDataAnnotationsLocalization(o => o.DataAnnotationLocalizerProvider = (_, factory) => factory.Create(typeof(SharedResource)));
    }

    /// <summary>Sets the request's culture; before the error handlers, so error pages and problems are localised too.</summary>
    /// <remarks>Localised responses also say which request headers chose their language (<see cref="LanguageVaryMiddleware"/>).</remarks>
    public static IApplicationBuilder UseAppLocalization(this IApplicationBuilder app) =>
        app.UseRequestLocalization().UseMiddleware<LanguageVaryMiddleware>();

    /// <summary>
    /// Binding errors name the parameter but never repeat the value: echoing a client's 5,000 characters of markup
    /// back (even as JSON) helps nobody. The localizer is read when a message is needed, in the request's language.
    /// </summary>
    private static void UseLocalizedBindingMessages(MvcOptions options, IStringLocalizer text)
    {
        var messages = options.ModelBindingMessageProvider;
        messages.SetAttemptedValueIsInvalidAccessor((_, name) => text["Binding.ValueInvalidFor", name]);
        messages.SetNonPropertyAttemptedValueIsInvalidAccessor(_ => text["Binding.ValueInvalid"]);
        messages.SetUnknownValueIsInvalidAccessor(name => text["Binding.ValueInvalidFor", name]);
        messages.SetNonPropertyUnknownValueIsInvalidAccessor(() => text["Binding.ValueInvalid"]);
        messages.SetValueIsInvalidAccessor(_ => text["Binding.ValueInvalid"]);
        messages.SetValueMustBeANumberAccessor(name => text["Binding.MustBeNumberFor", name]);
        messages.SetNonPropertyValueMustBeANumberAccessor(() => text["Binding.MustBeNumber"]);
        messages.SetValueMustNotBeNullAccessor(_ => text["Binding.Required"]);
        messages.SetMissingRequestBodyRequiredValueAccessor(() => text["Binding.BodyRequired"]);
    }

    /// <summary>Errors that carry only an exception (a body the JSON reader rejected) get a message a client can act on.</summary>
    internal static void DescribeUnreadableBodies(ModelStateDictionary modelState, IStringLocalizer text)
    {
        foreach (var entry in modelState.Values)
        {
            for (var i = 0; i < entry.Errors.Count; i++)
            {
                if (string.IsNullOrEmpty(entry.Errors[i].ErrorMessage) && entry.Errors[i].Exception is not null)
                {
                    entry.Errors[i] = new ModelError(text["Binding.BodyInvalid"]);
                }
            }
        }
    }
}
