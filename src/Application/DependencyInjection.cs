using FluentValidation;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using ResumeExport.Application.Auth.Common;
using ResumeExport.Application.Billing.Common;
using ResumeExport.Application.BulkApplies.FailWaitingApplications;
using ResumeExport.Application.BulkApplies.ReleaseWaitingApplications;
using ResumeExport.Application.Common.Behaviours;
using ResumeExport.Application.Common.Diagnostics;
using ResumeExport.Application.Common.DomainEvents;
using ResumeExport.Application.Common.Paging;
using ResumeExport.Application.Common.Redelivery;
using ResumeExport.Application.Emails;
using ResumeExport.Application.Emails.QueueExportEmail;
using ResumeExport.Application.Exports.Common;
using ResumeExport.Application.Exports.RenderExport;
using ResumeExport.Application.Plans;
using ResumeExport.Application.Requeue;
using ResumeExport.Application.Resumes.Common;
using ResumeExport.Application.ShareLinks.Common;
using ResumeExport.Domain.Exports;

namespace ResumeExport.Application;

public static class DependencyInjection
{
    /// <summary>Use cases, their validators and helpers, and settings validated at start-up.</summary>
    public static IServiceCollection AddApplication(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<ResumeOptions>()
            .Configure(o => o.MaxSections = configuration.GetValue(ResumeOptions.MaxSectionsKey, ResumeOptions.DefaultMaxSections))
            .Validate(o => o.MaxSections is >= 1 and <= 100, $"{ResumeOptions.MaxSectionsKey} must be between 1 and 100.")
            .ValidateOnStart();
        services.AddOptions<RequeueOptions>().Bind(configuration.GetSection(RequeueOptions.SectionName))
            .Validate(o => o.MaxRetriesPerItem >= 0 && o.PermitsPerUser >= 1 && o.Window > TimeSpan.Zero, "Requeue: MaxRetriesPerItem >= 0, PermitsPerUser >= 1 and a positive Window are required.")
            .ValidateOnStart();
        services.AddOptions<RenderBacklogOptions>().Bind(configuration.GetSection(RenderBacklogOptions.SectionName))
            .Validate(RenderBacklogOptions.IsValid, RenderBacklogOptions.ValidationMessage)
            .ValidateOnStart();
        services.AddSingleton<RenderBacklog>();
        services.AddOptions<SessionOptions>().Bind(configuration.GetSection(SessionOptions.SectionName))
            .Validate(o => o.IsValid(), $"{SessionOptions.SectionName}: IdleLifetime of at least 5 minutes, AbsoluteLifetime between it and 365 days, RevocationPollInterval between 100 ms and 1 minute.")
            .ValidateOnStart();
        services.AddScoped<SessionIssuer>();
        services.AddOptions<EmailOptions>().Bind(configuration.GetSection(EmailOptions.SectionName));
        services.AddOptions<RedeliveryOptions>().Bind(configuration.GetSection(RedeliveryOptions.SectionName))
            .Validate(RedeliveryOptions.IsValid, RedeliveryOptions.ValidationMessage)
            .ValidateOnStart();
        services.AddSingleton<RedeliveryPlanner>();

        services.AddMediator(options =>
        {
            // Scoped: handlers share one DbContext (behind IUnitOfWork) per request or message.
            options.ServiceLifetime = ServiceLifetime.Scoped;
            options.Assemblies = [typeof(DependencyInjection)];

            // Outermost first: tracing (a span, failures included), logging (outcome, duration), then validation
            // (every failure at once, before the handler).
            options.PipelineBehaviors =
            [
                typeof(TracingBehaviour<,>),
                typeof(LoggingBehaviour<,>),
                typeof(ValidationBehaviour<,>),
            ];
        });

        // Section and item validators are parts of the resume validators, not services. A validator that needs no
        // service is built once: building one compiles its rules (and their regexes), which cost the export request a
        // tenth of its CPU when done per request (docs/performance.md). Those that take scoped services stay scoped.
        services.AddValidatorsFromAssembly(
            typeof(DependencyInjection).Assembly,
            includeInternalTypes: true,
            filter: scan => !IsPartOfAnotherValidator(scan.ValidatorType) && NeedsServices(scan.ValidatorType));
        foreach (var scan in AssemblyScanner.FindValidatorsInAssembly(typeof(DependencyInjection).Assembly, includeInternalTypes: true)
            .Where(scan => !IsPartOfAnotherValidator(scan.ValidatorType) && !NeedsServices(scan.ValidatorType)))
        {
            services.AddSingleton(scan.InterfaceType, scan.ValidatorType);
        }

        // The scan skips open generics, so the paged-list validator is closed per paged query.
        foreach (var query in typeof(DependencyInjection).Assembly.GetTypes().Where(t => !t.IsAbstract && t.IsAssignableTo(typeof(IPagedQuery))))
        {
            services.AddSingleton(typeof(IValidator<>).MakeGenericType(query), typeof(PagedQueryValidator<>).MakeGenericType(query));
        }

        // Scoped: the content validator and plan guard of one write share it.
        services.AddScoped<ResumeTemplateLookup>();
        services.AddScoped<ResumePlanGuard>();
        services.AddScoped<ResumeCreator>();
        services.AddScoped<PlanChanger>();
        services.AddScoped<PlanSnapshotReader>();
        services.AddScoped<SharedLinkFinder>();
        services.AddScoped<SharedResumeLoader>();
        services.AddScoped<BillingWebhookHandler>();
        services.AddSingleton<ExportFailureLog>();
        services.AddSingleton<WaitingApplicationFailureLog>();

        // Domain-event follow-ups, run inside the save in this order (decision 25).
        services.AddScoped<DomainEventDispatcher>();
        services.AddScoped<IDomainEventHandler<ExportCompleted>, QueueExportEmailWhenExportCompleted>();
        services.AddScoped<IDomainEventHandler<ExportCompleted>, ReleaseWaitingApplicationsWhenExportCompleted>();
        services.AddScoped<IDomainEventHandler<ExportFailed>, FailWaitingApplicationsWhenExportFailed>();
        services.AddSingleton<ResumeExportMetrics>(); // needs IMeterFactory: every host has one (services.AddMetrics() elsewhere)
        services.AddSingleton(TimeProvider.System);
        return services;
    }

    private static bool IsPartOfAnotherValidator(Type validatorType) =>
        validatorType == typeof(SectionItemDtoValidator) || validatorType == typeof(SectionDtoValidator) || validatorType == typeof(BasicsDtoValidator);

    private static bool NeedsServices(Type validatorType) =>
        validatorType.GetConstructors().All(constructor => constructor.GetParameters().Length > 0);
}
