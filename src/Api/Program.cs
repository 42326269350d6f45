using ResumeExport.Adapters.Billing;
using ResumeExport.Adapters.Identity;
using ResumeExport.Adapters.JsonResume;
using ResumeExport.Adapters.Messaging;
using ResumeExport.Adapters.Persistence;
using ResumeExport.Adapters.Previews;
using ResumeExport.Adapters.Scheduling;
using ResumeExport.Adapters.Storage;
using ResumeExport.Adapters.Templates;
using ResumeExport.Api;
using ResumeExport.Application;
using ResumeExport.ServiceDefaults;

const string ServiceName = "resume-export-api";
var builder = WebApplication.CreateBuilder(args);
builder.AddProcessDefaults(ServiceName);
builder.Services
    .AddApplication(builder.Configuration)
    .AddPersistence(builder.Configuration, ServiceName)
    .AddMessaging(builder.Configuration)
    .AddTemplates()
    .AddIdentity(builder.Configuration)
    .AddJsonResume()
    .AddBilling(builder.Configuration)
    .AddStorage(builder.Configuration, meterStores: false)
    .AddPreviews(builder.Configuration)
    .AddScheduling(builder.Configuration, ScheduledJobs.DuePlanChanges | ScheduledJobs.ResumeVersionPruning | ScheduledJobs.Redeliveries | ScheduledJobs.SessionPurge)
    .AddApi(builder.Configuration)
    .RemoveUseCasesWithoutTheirPorts();

var app = builder.Build();
await app.InitializeDatabaseAsync();
app.UseApi();
await app.RunAsync();
