using MassTransit;
using MassTransit.Logging;
using MassTransit.Monitoring;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using OpenTelemetry.Metrics;
using OpenTelemetry.Trace;
using ResumeExport.Adapters.Messaging.Outbox;
using ResumeExport.Adapters.Persistence;
using ResumeExport.Application.Common.Ports.Messaging;

namespace ResumeExport.Adapters.Messaging;

public static class DependencyInjection
{
    /// <summary>
    /// MassTransit over RabbitMQ with our outbox; every endpoint retries exponentially and sends invalid messages
    /// straight to the error queue.
    /// </summary>
    public static IServiceCollection AddMessaging(
        this IServiceCollection services, IConfiguration configuration, Action<IBusRegistrationConfigurator>? addConsumers = null)
    {
        services.AddOptions<RabbitMqOptions>().Bind(configuration.GetSection(RabbitMqOptions.SectionName)).ValidateDataAnnotations().ValidateOnStart();
        services.AddOptions<MessageRetryOptions>().Bind(configuration.GetSection(MessageRetryOptions.SectionName)).ValidateDataAnnotations().ValidateOnStart();
        services.AddOptions<OutboxOptions>().Bind(configuration.GetSection(OutboxOptions.SectionName)).ValidateDataAnnotations().ValidateOnStart();

        services.AddHttpClient<IQueueStatsReader, RabbitMqQueueStatsReader>(http => http.Timeout = TimeSpan.FromSeconds(5));
        services.AddSingleton<CommandQueueTopology>();
        services.AddHostedService<DeadLetterRetentionPolicy>();
        services.AddSingleton<OutboxRelay>();
        services.AddHostedService(sp => sp.GetRequiredService<OutboxRelay>());
        services.ConfigureOpenTelemetryTracerProvider(tracing => tracing.AddSource(DiagnosticHeaders.DefaultListenerName));
        services.ConfigureOpenTelemetryMeterProvider(metrics => metrics.AddMeter(InstrumentationOptions.MeterName));

        services.AddMassTransit(bus =>
        {
            bus.SetKebabCaseEndpointNameFormatter();
            addConsumers?.Invoke(bus);

            bus.AddConfigureEndpointsCallback((context, _, endpoint) =>
            {
                var rabbit = context.GetRequiredService<IOptions<RabbitMqOptions>>().Value;
                if (rabbit.UseQuorumQueues && endpoint is IRabbitMqReceiveEndpointConfigurator rabbitEndpoint)
                {
                    rabbitEndpoint.SetQuorumQueue();
                }

                var retry = context.GetRequiredService<IOptions<MessageRetryOptions>>().Value;

                // Outermost: with PostgreSQL down nothing can progress nor record a waiting state, so the message is
                // retried in process until the database is back (decision 36), then the quick budget starts afresh.
                endpoint.UseMessageRetry(policy =>
                {
                    policy.Handle<Exception>(DatabaseFailures.IsUnavailable);
                    policy.Intervals(retry.DatabaseOutageIntervals());
                });
                endpoint.UseMessageRetry(policy =>
                {
                    policy.Intervals(retry.Intervals(Random.Shared));
                    policy.Ignore<InvalidMessageException>();
                    policy.Ignore<Exception>(DatabaseFailures.IsUnavailable);
                });

                // Inside the retry filter, so a validation failure is not retried.
                endpoint.UseConsumeFilter(typeof(MessageValidationFilter<>), context);
            });

            bus.UsingRabbitMq((context, rabbit) =>
            {
                var options = context.GetRequiredService<IOptions<RabbitMqOptions>>().Value;
                rabbit.Host(options.Host, (ushort)options.Port, options.VirtualHost, host =>
                {
                    host.Username(options.Username);
                    host.Password(options.Password);

                    // Publish returns only once the broker has the message: the outbox marks a row sent only then.
                    host.PublisherConfirmation = true;

                    // Fail over between nodes; quorum queues keep the messages.
                    if (options.ClusterNodes.Length > 0)
                    {
                        host.UseCluster(cluster =>
                        {
                            foreach (var node in options.ClusterNodes)
                            {
                                cluster.Node(node);
                            }
                        });
                    }
                });
                rabbit.PrefetchCount = options.PrefetchCount;
                if (options.UseQuorumQueues)
                {
                    // Dead letters and skipped messages outlive a node too.
                    rabbit.SendTopology.ConfigureErrorSettings = queue => queue.SetQuorumQueue();
                    rabbit.SendTopology.ConfigureDeadLetterSettings = queue => queue.SetQuorumQueue();
                }

                rabbit.ConfigureEndpoints(context);
            });
        });

        return services;
    }
}
