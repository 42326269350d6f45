using ResumeExport.Adapters.Billing;
using ResumeExport.Adapters.Previews;
using ResumeExport.Adapters.Storage;
using ResumeExport.Api;
using ResumeExport.Application;
using ResumeExport.Infrastructure;
using ResumeExport.Infrastructure.Identity;
using ResumeExport.ServiceDefaults;

var builder = WebApplication.CreateBuilder(args);
builder.AddProcessDefaults(serviceName: "resume-export-api");
builder.Services
    .AddApplication()
    .AddInfrastructure(builder.Configuration, serviceName: "resume-export-api")
    .AddAccessTokens(builder.Configuration)
    .AddBilling(builder.Configuration)
    .AddExportStorage(builder.Configuration)
    .AddPdfPreviews(builder.Configuration)
    .AddApi(builder.Configuration)
    .RemoveUseCasesWithoutTheirPorts();

var app = builder.Build();
await app.InitializeDatabaseAsync();
app.UseApi();
await app.RunAsync();

