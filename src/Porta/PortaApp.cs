using System.Text.Json.Serialization;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.AspNetCore.Identity;
using OpenTelemetry.Metrics;
using Porta.Administration;
using Porta.Channels.Email;
using Porta.Components.Portal;
using Porta.Components.Workspace;
using Porta.Components.Workspace.Admin;
using Porta.Deadlines;
using Porta.Infrastructure;
using Porta.Infrastructure.Outbox;
using Porta.Questions;
using Scalar.AspNetCore;

namespace Porta;

/// <summary>Composes the one server process: portal, workspace, API and workers.</summary>
internal static class PortaApp
{
    public static WebApplication Build(string[] args)
    {
        var builder = WebApplication.CreateBuilder(args);
        var services = builder.Services;
        var configuration = builder.Configuration;

        builder.WebHost.ConfigureKestrel(k =>
        {
            k.Limits.MaxRequestBodySize = BodySizeLimit.Of(configuration);
            k.AddServerHeader = false;
        });
        services.AddSingleton(TimeProvider.System);
        services.AddHttpContextAccessor();
        services.AddPortaDatabase(configuration, builder.Environment.ContentRootPath);
        services.AddOptions<SmtpOptions>().Bind(configuration.GetSection(SmtpOptions.Section)).ValidateDataAnnotations().ValidateOnStart();
        services.AddOptions<OutboxOptions>().Bind(configuration.GetSection(OutboxOptions.Section)).ValidateDataAnnotations().ValidateOnStart();

        services.AddRazorComponents();
        services.AddLocalization();
        services.AddPortal();
        AddApi(services);
        AddSecurity(services, configuration);
        AddOperations(services);
        AddUseCases(services);
        services.AddDeadlines(configuration);
        services.AddWorkspace();

        services.AddHostedService<Preparation>();
        if (configuration.GetValue($"{OutboxOptions.Section}:Enabled", true))
        {
            services.AddHostedService(sp => sp.GetRequiredService<OutboxSender>());
        }

        var app = builder.Build();
        app.UseExceptionHandler();
        app.UsePortaStatusPages();
        app.UseSecurityHeaders();
        app.UseBodySizeLimit(BodySizeLimit.Of(configuration));
        app.UseAuthentication();
        app.UseRateLimiter();
        app.UseAuthorization();
        app.UseAntiforgery();
        app.UseRequestLanguage();

        app.MapOpenApi("/openapi/{documentName}.json");
        app.MapScalarApiReference("/scalar", o => o.WithTitle("Porta API").WithOpenApiRoutePattern("/openapi/{documentName}.json"));
        app.MapPublicQuestionsApi();
        app.MapQuestionsApi();
        app.MapAdministrationApi();
        app.MapDeadlinesApi();
        app.MapHealthChecks("/health/live", new HealthCheckOptions { Predicate = _ => false });
        app.MapHealthChecks("/health/ready");
        app.MapPrometheusScrapingEndpoint("/metrics");
        app.MapStaticAssets();
        app.MapPortal();
        app.MapWorkspace();
        app.MapDeadlineAdmin();
        app.MapRazorComponents<Porta.Components.App>();
        return app;
    }

    private static void AddApi(IServiceCollection services)
    {
        services.AddProblemDetails(o => o.CustomizeProblemDetails = context => CamelCaseErrorKeys(context.ProblemDetails));
        services.AddExceptionHandler<ProblemExceptionHandler>();
        services.AddValidation();
        services.AddOpenApi();
        services.Configure<JsonOptions>(o =>
        {
            o.SerializerOptions.Converters.Add(new JsonStringEnumConverter(System.Text.Json.JsonNamingPolicy.CamelCase, allowIntegerValues: false));
            o.SerializerOptions.MaxDepth = 16;
        });
        // Malformed bodies reach the exception handler, which names the field instead of answering an empty 400.
        services.Configure<RouteHandlerOptions>(o => o.ThrowOnBadRequest = true);
    }

    /// <summary>Validation names fields as C# does ("Email"); clients know them as the JSON does ("email").</summary>
    private static void CamelCaseErrorKeys(Microsoft.AspNetCore.Mvc.ProblemDetails problem)
    {
        if (problem is HttpValidationProblemDetails validation)
        {
            var errors = validation.Errors.ToDictionary(e => System.Text.Json.JsonNamingPolicy.CamelCase.ConvertName(e.Key), e => e.Value, StringComparer.Ordinal);
            validation.Errors.Clear();
            foreach (var (key, value) in errors)
            {
                validation.Errors[key] = value;
            }
        }
    }

    private static void AddSecurity(IServiceCollection services, IConfiguration configuration)
    {
        services.AddIdentityCore<Agent>(o =>
            {
                o.User.RequireUniqueEmail = true;
                o.Password.RequiredLength = 12;
                o.Password.RequireNonAlphanumeric = false;
                o.Lockout.MaxFailedAccessAttempts = 5;
                o.Lockout.DefaultLockoutTimeSpan = TimeSpan.FromMinutes(15);
            })
            .AddRoles<IdentityRole<Guid>>()
            .AddEntityFrameworkStores<PortaDbContext>()
            .AddSignInManager()
            .AddDefaultTokenProviders();
        services.AddAuthentication(o =>
            {
                o.DefaultScheme = "Porta";
                o.DefaultChallengeScheme = "Porta";
            })
            .AddPolicyScheme("Porta", "API token or workspace session", o => o.ForwardDefaultSelector = context =>
                context.Request.Headers.Authorization.ToString().StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase)
                    ? ApiTokenAuthentication.SchemeName
                    : IdentityConstants.ApplicationScheme)
            .AddScheme<AuthenticationSchemeOptions, ApiTokenAuthentication>(ApiTokenAuthentication.SchemeName, null)
            .AddIdentityCookies(cookies => cookies.ApplicationCookie?.Configure(o =>
            {
                o.LoginPath = "/workspace/sign-in";
                o.Cookie.Name = "porta.session";
                o.Cookie.SameSite = SameSiteMode.Strict;
                o.Cookie.HttpOnly = true;
                o.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
                o.SlidingExpiration = true;
                // API callers get a status, not a redirect to a sign-in page.
                o.Events.OnRedirectToLogin = context => ApiStatusOr(context, StatusCodes.Status401Unauthorized);
                o.Events.OnRedirectToAccessDenied = context => ApiStatusOr(context, StatusCodes.Status403Forbidden);
            }));
        services.AddDataProtection().SetApplicationName("Porta").PersistKeysToDbContext<PortaDbContext>();
        services.AddAuthorization(Policies.Add);
        services.AddPortaRateLimits(configuration);
        services.AddScoped<OrganisationScope>();
    }

    private static Task ApiStatusOr(Microsoft.AspNetCore.Authentication.RedirectContext<Microsoft.AspNetCore.Authentication.Cookies.CookieAuthenticationOptions> context, int status)
    {
        if (context.Request.Path.StartsWithSegments("/api", StringComparison.OrdinalIgnoreCase))
        {
            context.Response.StatusCode = status;
        }
        else
        {
            context.Response.Redirect(context.RedirectUri);
        }
        return Task.CompletedTask;
    }

    private static void AddOperations(IServiceCollection services)
    {
        services.AddSingleton<PortaMetrics>();
        services.AddHealthChecks().AddDbContextCheck<PortaDbContext>("database", customTestQuery: MigrationsApplied);
        services.AddOpenTelemetry().WithMetrics(metrics => metrics
            .AddAspNetCoreInstrumentation()
            .AddRuntimeInstrumentation()
            .AddMeter(PortaMetrics.MeterName)
            .AddPrometheusExporter());
    }

    /// <summary>Ready means the database answers and has no migration left to apply.</summary>
    private static async Task<bool> MigrationsApplied(PortaDbContext db, CancellationToken cancellationToken) =>
        await db.Database.CanConnectAsync(cancellationToken)
        && !(await Microsoft.EntityFrameworkCore.RelationalDatabaseFacadeExtensions.GetPendingMigrationsAsync(db.Database, cancellationToken)).Any();

    private static void AddUseCases(IServiceCollection services)
    {
        services.AddScoped<PublicLinks>();
        services.AddScoped<MailOutbox>();
        services.AddScoped<MailTransport>();
        services.AddScoped<Acknowledgements>();
        services.AddSingleton<OrganisationCalendars>();
        services.AddSingleton<PlanningCache>();
        services.AddScoped<DeadlinePlanner>();
        services.AddSingleton<RegistrationNumbers>();
        services.AddScoped<RegisterQuestion>();
        services.AddScoped<ReplyToQuestion>();
        services.AddScoped<AddNote>();
        services.AddScoped<AddAttachment>();
        services.AddScoped<CloseQuestion>();
        services.AddScoped<TransferQuestion>();
        services.AddScoped<ChangeCategory>();
        services.AddScoped<SendDelayNotice>();
        services.AddScoped<TrackQuestion>();
        services.AddScoped<AddPersonMessage>();
        services.AddScoped<ReadQuestions>();
        services.AddScoped<CreateOrganisation>();
        services.AddScoped<DescribeOrganisation>();
        services.AddScoped<IssueApiToken>();
        services.AddScoped<CreateTeam>();
        services.AddScoped<CreateCategory>();
        services.AddScoped<CreateAgent>();
        services.AddSingleton<OutboxSender>();
        services.AddScoped<AssignQuestion>();
        services.AddScoped<QuestionQueues>();
        services.AddScoped<RevokeApiToken>();
        services.AddScoped<RenameOrganisation>();
    }
}
