using ResumeExport.Application;
using ResumeExport.ServiceDefaults;
using ResumeExport.Workers.Pdf;

var builder = WebApplication.CreateBuilder(args);
builder.AddProcessDefaults(ResumeExport.Workers.Pdf.DependencyInjection.ServiceName);
builder.Services
    .AddApplication(builder.Configuration)
    .AddPdfWorker(builder.Configuration)
    .RemoveUseCasesWithoutTheirPorts();

var app = builder.Build();
app.MapHealthEndpoints();
await app.RunAsync();
