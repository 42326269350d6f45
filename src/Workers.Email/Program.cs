using ResumeExport.Application;
using ResumeExport.ServiceDefaults;
using ResumeExport.Workers.Email;

var builder = WebApplication.CreateBuilder(args);
builder.AddProcessDefaults(ResumeExport.Workers.Email.DependencyInjection.ServiceName);
builder.Services
    .AddApplication(builder.Configuration)
    .AddEmailWorker(builder.Configuration)
    .RemoveUseCasesWithoutTheirPorts();

var app = builder.Build();
app.MapHealthEndpoints();
await app.RunAsync();
