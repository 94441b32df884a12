namespace Porta.Deadlines;

/// <summary>The deadlines module's services: options, the deadline clock, reminders, the watcher, the admin use cases.</summary>
internal static class DeadlinesModule
{
    public static IServiceCollection AddDeadlines(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<DeadlineOptions>().Bind(configuration.GetSection(DeadlineOptions.Section)).ValidateDataAnnotations().ValidateOnStart();
        services.AddScoped<DeadlineClocks>();
        services.AddScoped<RemindHolder>();
        services.AddScoped<EditCalendar>();
        services.AddScoped<EditSlaPolicies>();
        services.AddSingleton<DeadlineWatcher>();
        if (configuration.GetValue($"{DeadlineOptions.Section}:{nameof(DeadlineOptions.WatcherEnabled)}", true))
        {
            services.AddHostedService(sp => sp.GetRequiredService<DeadlineWatcher>());
        }
        return services;
    }
}
