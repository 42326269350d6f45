using FluentValidation;
using Mediator;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using ResumeExport.Application.Auth.Register;
using ResumeExport.Application.Billing.ListFailedWebhooks;
using ResumeExport.Application.Common.Paging;
using ResumeExport.Application.Common.Ports.Billing;
using ResumeExport.Application.Common.Ports.Email;
using ResumeExport.Application.Common.Ports.Identity;
using ResumeExport.Application.Common.Ports.Messaging;
using ResumeExport.Application.Common.Ports.Persistence;
using ResumeExport.Application.Common.Ports.Previews;
using ResumeExport.Application.Common.Ports.Rendering;
using ResumeExport.Application.Common.Ports.Storage;
using ResumeExport.Application.Common.Ports.Templates;
using ResumeExport.Application.Emails;
using ResumeExport.Application.Emails.ListFailedEmails;
using ResumeExport.Application.Exports.ListExports;
using ResumeExport.Application.Resumes.Common;
using ResumeExport.Application.Resumes.CreateResume;
using ResumeExport.Application.Resumes.ImportJsonResume;
using ResumeExport.Application.Resumes.ListResumes;
using ResumeExport.Application.Resumes.UpdateResume;
using ResumeExport.Application.UnitTests.Fakes;
using ResumeExport.Domain.Plans;
using ResumeExport.Domain.Users;

namespace ResumeExport.Application.UnitTests.Common.Behaviours;

/// <summary>The real <c>AddApplication()</c> pipeline with fakes behind the ports: no database, no broker.</summary>
public sealed class ValidationBehaviourPipelineTests
{
    private ServiceProvider provider = null!;
    private AsyncServiceScope scope;
    private ISender sender = null!;

    [SetUp]
    public void SetUp()
    {
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddMetrics();
        services.AddApplication(new ConfigurationBuilder().Build());

        services.AddScoped<InMemoryUserRepository>();
        services.AddScoped<IUserRepository>(sp => sp.GetRequiredService<InMemoryUserRepository>());
        services.AddScoped<IPasswordHasher, FakePasswordHasher>();
        services.AddScoped<IAccessTokenIssuer, FakeAccessTokenIssuer>();
        services.AddScoped<IRefreshTokenRepository, InMemoryRefreshTokenRepository>();
        services.AddScoped<CountingUnitOfWork>();
        services.AddScoped<IUnitOfWork>(sp => sp.GetRequiredService<CountingUnitOfWork>());
        services.AddScoped<ICurrentUser, FakeCurrentUser>();
        services.AddScoped<InMemoryResumeRepository>();
        services.AddScoped<IResumeRepository>(sp => sp.GetRequiredService<InMemoryResumeRepository>());
        services.AddScoped<IResumeVersionRepository, InMemoryResumeVersionRepository>();
        services.AddScoped<IShareLinkRepository, InMemoryShareLinkRepository>();
        services.AddSingleton<IPlanCatalog, InMemoryPlanCatalog>();
        services.AddSingleton<InMemoryTemplateCatalog>();
        services.AddSingleton<ITemplateCatalog>(sp => sp.GetRequiredService<InMemoryTemplateCatalog>());
        services.AddScoped<IPlanUsageReader>(sp => new FakePlanUsageReader(sp.GetRequiredService<InMemoryResumeRepository>()));
        services.AddScoped<RecordingSystemLog>();
        services.AddScoped<ISystemLog>(sp => sp.GetRequiredService<RecordingSystemLog>());
        services.AddScoped<IExportRepository, InMemoryExportRepository>();
        services.AddScoped<IEmailJobRepository, InMemoryEmailJobRepository>();
        services.AddScoped<IBulkApplyRepository, InMemoryBulkApplyRepository>();
        services.AddSingleton<IExportStorage, InMemoryExportStorage>();
        services.AddSingleton<IExportStorageDrivers>(sp => new FakeExportStorageDrivers(sp.GetRequiredService<IExportStorage>()));
        services.AddScoped<IPersonalDataRepository>(sp => new InMemoryPersonalData(sp.GetRequiredService<CountingUnitOfWork>()));
        services.AddSingleton<IResumePdfRenderer, FakeResumePdfRenderer>();
        services.AddSingleton<IResumeHtmlRenderer, FakeResumeHtmlRenderer>();
        services.AddSingleton<IResumeDocumentRenderer, FakeResumeDocumentRenderer>();
        services.AddSingleton<IPdfPageRasterizer, FakePdfPageRasterizer>();
        services.AddScoped<IMessageOutbox, RecordingMessageOutbox>();
        services.AddSingleton<IEmailSender, RecordingEmailSender>();
        services.AddScoped<IEmailCounters, InMemoryEmailCounters>();
        services.AddScoped<ISubscriptionRepository, InMemorySubscriptions>();
        services.AddScoped<IBillingWebhookEventRepository, InMemoryBillingWebhookEventRepository>();
        services.AddSingleton<IBillingWebhooks, FakeBillingWebhooks>();
        services.AddSingleton<IBillingProvider, FakeBillingProvider>();
        services.AddScoped<IExpiredExportQueue, InMemoryExpiredExportQueue>();
        services.AddScoped<IExportFailureStats, FakeExportFailureStats>();
        services.AddSingleton<IQueueStatsReader, FakeQueueStatsReader>();
        services.AddSingleton<IOutboxStatsReader, FakeOutboxStatsReader>();
        services.AddSingleton<IRedeliveryQueue, FakeRedeliveryQueue>();
        services.AddScoped<ResumeExport.Application.Common.Ports.Messaging.IRedeliveryScheduler, RecordingRedeliveryScheduler>();
        services.AddSingleton<IExportStatusFeed, FakeExportStatusFeed>();
        services.AddScoped<IExportRenderLocks, InMemoryExportRenderLocks>();
        services.AddSingleton<IFailedRecordPurger, RecordingFailedRecordPurger>();
        services.AddScoped<ISystemLogReader, InMemorySystemLogReader>();
        services.AddSingleton(Options.Create(new EmailOptions()));
        services.AddSingleton(Options.Create(new ResumeOptions()));
        services.AddSingleton<IJsonResumeSchema>(new FakeJsonResumeSchema());
        services.AddSingleton<TimeProvider>(TestClock.At());

        provider = services.BuildServiceProvider(new ServiceProviderOptions { ValidateScopes = true, ValidateOnBuild = true });
        scope = provider.CreateAsyncScope();
        sender = scope.ServiceProvider.GetRequiredService<ISender>();
    }

    [TearDown]
    public async Task TearDown()
    {
        await scope.DisposeAsync();
        await provider.DisposeAsync();
    }

    private static readonly IPagedQuery[] PagedQueriesAskingForNothing =
    [
        new ListResumesQuery(null, 0),
        new ListExportsQuery(null, 0),
        new ListFailedEmailsQuery(null, 0),
        new ListFailedWebhooksQuery(null, 0),
    ];

    [TestCaseSource(nameof(PagedQueriesAskingForNothing))]
    public void Every_paged_list_is_validated_before_its_handler_runs(IPagedQuery query)
    {
        var error = Assert.ThrowsAsync<ValidationException>(async () => await sender.Send((object)query));

        Assert.That(error.Errors.Select(e => e.PropertyName), Is.EqualTo(new[] { "Limit" }));
    }

    [Test]
    public void Every_paged_query_gets_the_one_paged_list_validator_and_no_other()
    {
        var pagedQueries = typeof(IPagedQuery).Assembly.GetTypes().Where(t => !t.IsAbstract && t.IsAssignableTo(typeof(IPagedQuery))).ToArray();

        Assert.That(pagedQueries, Has.Length.GreaterThanOrEqualTo(PagedQueriesAskingForNothing.Length));
        foreach (var query in pagedQueries)
        {
            var validators = (IEnumerable<IValidator>)scope.ServiceProvider.GetRequiredService(typeof(IEnumerable<>).MakeGenericType(typeof(IValidator<>).MakeGenericType(query)));
            Assert.That(validators.Select(v => v.GetType()), Is.EqualTo(new[] { typeof(PagedQueryValidator<>).MakeGenericType(query) }), query.Name);
        }
    }

    [Test]
    public void An_invalid_command_fails_with_every_validation_failure_before_the_handler_runs()
    {
        var error = Assert.ThrowsAsync<ValidationException>(async () =>
            await sender.Send(new RegisterCommand("not-an-email", "short", " ")));

        Assert.Multiple(() =>
        {
            Assert.That(error.Errors.Select(e => e.PropertyName).Distinct(), Is.EquivalentTo(new[] { "Email", "Password", "DisplayName" }));
            Assert.That(scope.ServiceProvider.GetRequiredService<InMemoryUserRepository>().Added, Is.Empty);
            Assert.That(scope.ServiceProvider.GetRequiredService<CountingUnitOfWork>().SaveCount, Is.Zero);
        });
    }

    [Test]
    public async Task A_valid_command_reaches_the_handler_and_returns_its_response()
    {
        var response = await sender.Send(new RegisterCommand("ana@example.com", TestUsers.Password, "Ana"));

        var saved = scope.ServiceProvider.GetRequiredService<InMemoryUserRepository>().Added;
        Assert.Multiple(() =>
        {
            Assert.That(saved, Has.Count.EqualTo(1));
            Assert.That(response.User.Email, Is.EqualTo("ana@example.com"));
            Assert.That(response.AccessToken, Is.EqualTo(FakeAccessTokenIssuer.TokenFor(saved[0])));
            Assert.That(scope.ServiceProvider.GetRequiredService<CountingUnitOfWork>().SaveCount, Is.EqualTo(1));
        });
    }

    [Test]
    public void An_invalid_resume_fails_with_every_violation_keyed_by_path_before_the_handler_runs()
    {
        var command = new CreateResumeCommand("CV", "classic",
        [
            new SectionDto("experience", "Experience", [ValidItems.Experience with { StartDate = "2024-13-01" }]),
            new SectionDto("education", "Education", [ValidItems.Education with { Degree = null }]),
        ]);

        var error = Assert.ThrowsAsync<ValidationException>(async () => await sender.Send(command));

        Assert.Multiple(() =>
        {
            Assert.That(error.Errors.Select(e => e.PropertyName).Distinct(), Is.EquivalentTo(new[] { "Sections[0].Items[0].StartDate", "Sections[1].Items[0].Degree" }));
            Assert.That(scope.ServiceProvider.GetRequiredService<InMemoryResumeRepository>().Added, Is.Empty);
        });
    }

    [Test]
    public async Task A_valid_resume_reaches_its_handler_through_the_pipeline()
    {
        SignInAna();

        var response = await sender.Send(new CreateResumeCommand("CV", "classic", ValidItems.ForClassic()));

        Assert.Multiple(() =>
        {
            Assert.That(response.IsDefault, Is.True);
            Assert.That(scope.ServiceProvider.GetRequiredService<InMemoryResumeRepository>().Added.Select(r => r.Id), Is.EqualTo(new[] { response.Id }));
            Assert.That(response.CreatedAt, Is.EqualTo(TestClock.Now));
        });
    }

    // The content validator (pipeline) and the plan guard (handler) both need the template; through the container they
    // share one scoped lookup, so the catalogue is asked once per write, whether or not the template changes.
    [Test]
    public async Task Creating_a_resume_asks_the_template_catalogue_once()
    {
        SignInAna();

        await sender.Send(new CreateResumeCommand("CV", "classic", ValidItems.ForClassic()));

        Assert.That(scope.ServiceProvider.GetRequiredService<InMemoryTemplateCatalog>().FindCount, Is.EqualTo(1));
    }

    [Test]
    public async Task Moving_a_resume_to_another_template_asks_the_template_catalogue_once()
    {
        var ana = SignInAna();
        var resume = TestResumes.For(ana.Id, templateKey: "classic");
        scope.ServiceProvider.GetRequiredService<InMemoryResumeRepository>().Seed(resume);

        var updated = await sender.Send(new UpdateResumeCommand(resume.Id, "CV", "modern", ValidItems.ForAnyTemplate(), ExpectedVersion: null));

        Assert.Multiple(() =>
        {
            Assert.That(updated.TemplateKey, Is.EqualTo("modern"));
            Assert.That(scope.ServiceProvider.GetRequiredService<InMemoryTemplateCatalog>().FindCount, Is.EqualTo(1));
        });
    }

    [Test]
    public async Task Importing_a_resume_asks_the_template_catalogue_once()
    {
        SignInAna().MoveToPlan(PlanCodes.Pro); // the sample has eleven sections, more than the free plan's ten

        await sender.Send(new ImportJsonResumeCommand(JsonResumeDocuments.Element(JsonResumeDocuments.Node()), "classic"));

        Assert.That(scope.ServiceProvider.GetRequiredService<InMemoryTemplateCatalog>().FindCount, Is.EqualTo(1));
    }

    private User SignInAna()
    {
        var ana = TestUsers.Ana();
        scope.ServiceProvider.GetRequiredService<InMemoryUserRepository>().Seed(ana);
        ((FakeCurrentUser)scope.ServiceProvider.GetRequiredService<ICurrentUser>()).UserId = ana.Id;
        return ana;
    }
}
