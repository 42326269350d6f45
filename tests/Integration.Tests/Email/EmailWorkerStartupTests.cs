using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Options;
using ResumeExport.Integration.Tests.Support;
using ResumeExport.Workers.Email.Exports;

namespace ResumeExport.Integration.Tests.Email;

/// <summary>In Production the e-mail worker refuses to start without a usable SMTP server, and says what is missing.</summary>
public sealed class EmailWorkerStartupTests : IntegrationFixture
{
    [Test]
    public void In_production_the_worker_refuses_to_start_without_smtp_host_sender_and_tls()
    {
        using var worker = new WorkerFactory<SendExportEmailConsumer>(ConnectionString, VirtualHost, new Dictionary<string, string?>
        {
            ["Smtp:Security"] = "none",
            ["Storage:Local:RootPath"] = Path.GetTempPath(),
        }).WithWebHostBuilder(builder => builder.UseEnvironment("Production"));

        var failure = Assert.Catch(() => _ = worker.Services);
        var validation = Unwrap(failure);

        Assert.That(validation, Is.Not.Null, $"expected an OptionsValidationException, got {failure}");
        TestContext.Out.WriteLine(validation!.Message);
        Assert.That(validation.Message, Does.Contain("Smtp:Host is missing"));
        Assert.That(validation.Message, Does.Contain("Smtp:Sender is missing"));
        Assert.That(validation.Message, Does.Contain("TLS is required in Production"));
    }

    private static OptionsValidationException? Unwrap(Exception? exception) => exception switch
    {
        null => null,
        OptionsValidationException validation => validation,
        AggregateException aggregate => aggregate.InnerExceptions.Select(Unwrap).FirstOrDefault(e => e is not null),
        _ => Unwrap(exception.InnerException),
    };
}
