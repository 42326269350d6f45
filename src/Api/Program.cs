using ResumeExport.Api;
using ResumeExport.Application;
using ResumeExport.Infrastructure;
using ResumeExport.Infrastructure.Hosting;
using ResumeExport.Infrastructure.Identity;

var builder = WebApplication.CreateBuilder(args);
builder.AddProcessDefaults();
builder.Services
    .AddApplication()
    .AddInfrastructure(builder.Configuration, serviceName: "resume-export-api")
    .AddAccessTokens(builder.Configuration)
    .AddApi(builder.Configuration);

var app = builder.Build();
await app.InitializeDatabaseAsync();
app.UseApi();
await app.RunAsync();

