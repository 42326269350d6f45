using Microsoft.Extensions.DependencyInjection;
using ResumeExport.Application.Billing.ChangePlan;
using ResumeExport.Application.Emails.SendExportEmail;
using ResumeExport.Application.Exports.RenderExport;
using ResumeExport.Application.Exports.RequestExport;
using ResumeExport.Integration.Tests.Support;
using ResumeExport.Workers.Email.Exports;
using ResumeExport.Workers.Pdf.Exports;

namespace ResumeExport.Integration.Tests.Hosting;

/// <summary>
/// Each process serves the use cases whose adapters it holds, and only those: built as strictly as Development
/// (ValidateOnBuild), a host resolves every handler left and has none it could not build.
/// </summary>
public sealed class HostUseCasesTests : IntegrationFixture
{
    [Test]
    public async Task The_api_serves_requests_and_billing_but_neither_renders_nor_sends_mail()
    {
        await using var api = new ApiFactory(ConnectionString, VirtualHost);

        AssertServes(api.Services, serves: [typeof(RequestExportCommandHandler), typeof(ChangePlanCommandHandler)],
            never: [typeof(RenderExportCommandHandler), typeof(SendExportEmailCommandHandler)]);
    }

    [Test]
    public async Task The_pdf_worker_renders_but_neither_sends_mail_nor_bills()
    {
        await using var worker = new WorkerFactory<RenderExportPdfConsumer>(ConnectionString, VirtualHost);

        AssertServes(worker.Services, serves: [typeof(RenderExportCommandHandler)],
            never: [typeof(SendExportEmailCommandHandler), typeof(ChangePlanCommandHandler)]);
    }

    [Test]
    public async Task The_email_worker_sends_mail_but_neither_renders_nor_bills()
    {
        // The sender is built (not only registered), so its settings must be valid; nothing is sent.
        await using var worker = new WorkerFactory<SendExportEmailConsumer>(ConnectionString, VirtualHost, new Dictionary<string, string?>
        {
            ["Smtp:Host"] = "127.0.0.1",
            ["Smtp:Sender"] = "no-reply@resume-export.test",
            ["Smtp:Security"] = "none",
        });

        AssertServes(worker.Services, serves: [typeof(SendExportEmailCommandHandler)],
            never: [typeof(RenderExportCommandHandler), typeof(ChangePlanCommandHandler)]);
    }

    private static void AssertServes(IServiceProvider services, Type[] serves, Type[] never)
    {
        var registered = services.GetRequiredService<IServiceProviderIsService>();
        using var scope = services.CreateScope();
        Assert.Multiple(() =>
        {
            foreach (var handler in serves)
            {
                Assert.That(scope.ServiceProvider.GetService(handler), Is.Not.Null, $"{handler.Name} should be served");
            }

            foreach (var handler in never)
            {
                Assert.That(registered.IsService(handler), Is.False, $"{handler.Name} should not be registered");
            }
        });
    }
}
