using FluentValidation;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using ResumeExport.Application.Billing.Common;
using ResumeExport.Application.BulkApplies.FailWaitingApplications;
using ResumeExport.Application.BulkApplies.ReleaseWaitingApplications;
using ResumeExport.Application.Common.Behaviours;
using ResumeExport.Application.Common.Diagnostics;
using ResumeExport.Application.Common.DomainEvents;
using ResumeExport.Application.Common.Paging;
using ResumeExport.Application.Emails;
using ResumeExport.Application.Emails.QueueExportEmail;
using ResumeExport.Application.Exports.RenderExport;
using ResumeExport.Application.Plans;
using ResumeExport.Application.Requeue;
using ResumeExport.Application.Resumes.Common;
using ResumeExport.Domain.Exports;

namespace ResumeExport.Application;

public static class DependencyInjection
{
    /// <summary>The use cases behind the mediator, their validators and helpers, and the application's own settings, validated at start-up.</summary>
    public static IServiceCollection AddApplication(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<ResumeOptions>()
            .Configure(o => o.MaxSections = configuration.GetValue(ResumeOptions.MaxSectionsKey, ResumeOptions.DefaultMaxSections))
            .Validate(o => o.MaxSections is >= 1 and <= 100, $"{ResumeOptions.MaxSectionsKey} must be between 1 and 100.")
            .ValidateOnStart();
        services.AddOptions<RequeueOptions>().Bind(configuration.GetSection(RequeueOptions.SectionName))
            .Validate(o => o.MaxRetriesPerItem >= 0 && o.PermitsPerUser >= 1 && o.Window > TimeSpan.Zero, "Requeue: MaxRetriesPerItem >= 0, PermitsPerUser >= 1 and a positive Window are required.")
            .ValidateOnStart();
        services.AddOptions<EmailOptions>().Bind(configuration.GetSection(EmailOptions.SectionName));

        services.AddMediator(options =>
        {
            // Scoped: handlers take scoped ports (the DbContext behind IUnitOfWork) and must share one per request/message.
            options.ServiceLifetime = ServiceLifetime.Scoped;
            options.Assemblies = [typeof(DependencyInjection)];

            // The pipeline, outermost first:
            // 1. Tracing    - a span for the whole use case, failures included;
            // 2. Logging    - name, outcome and duration;
            // 3. Validation - all FluentValidation failures at once, before any handler runs.
            options.PipelineBehaviors =
            [
                typeof(TracingBehaviour<,>),
                typeof(LoggingBehaviour<,>),
                typeof(ValidationBehaviour<,>),
            ];
        });

        // Section and item validators are parts of the resume validators (built per kind), not services of their own.
        services.AddValidatorsFromAssembly(
            typeof(DependencyInjection).Assembly,
            includeInternalTypes: true,
            filter: scan => scan.ValidatorType != typeof(SectionItemDtoValidator) && scan.ValidatorType != typeof(SectionDtoValidator)
                && scan.ValidatorType != typeof(BasicsDtoValidator));
        // The scan skips open generics: the one paged-list validator is closed here for each paged query.
        foreach (var query in typeof(DependencyInjection).Assembly.GetTypes().Where(t => !t.IsAbstract && t.IsAssignableTo(typeof(IPagedQuery))))
        {
            services.AddScoped(typeof(IValidator<>).MakeGenericType(query), typeof(PagedQueryValidator<>).MakeGenericType(query));
        }

        // Scoped like the validators and handlers: the content validator and the plan guard of one write share it.
        services.AddScoped<ResumeTemplateLookup>();
        services.AddScoped<ResumePlanGuard>();
        services.AddScoped<ResumeCreator>();
        services.AddScoped<PlanChanger>();
        services.AddScoped<PlanSnapshotReader>();
        services.AddScoped<BillingWebhookHandler>();
        services.AddSingleton<ExportFailureLog>();
        services.AddSingleton<WaitingApplicationFailureLog>();

        // The follow-ups of domain events, run by the unit of work inside its save (decision 0025); they run in this order.
        services.AddScoped<DomainEventDispatcher>();
        services.AddScoped<IDomainEventHandler<ExportCompleted>, QueueExportEmailWhenExportCompleted>();
        services.AddScoped<IDomainEventHandler<ExportCompleted>, ReleaseWaitingApplicationsWhenExportCompleted>();
        services.AddScoped<IDomainEventHandler<ExportFailed>, FailWaitingApplicationsWhenExportFailed>();
        services.AddSingleton<ResumeExportMetrics>(); // needs IMeterFactory: every host has one (services.AddMetrics() elsewhere)
        services.AddSingleton(TimeProvider.System);
        return services;
    }
}
