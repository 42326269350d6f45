using ResumeExport.Application;
using ResumeExport.Infrastructure.Hosting;
using ResumeExport.Workers.Pdf;

var builder = WebApplication.CreateBuilder(args);
builder.AddProcessDefaults();
builder.Services
    .AddApplication()
    .AddPdfWorker(builder.Configuration);

var app = builder.Build();
app.MapHealthEndpoints();
await app.RunAsync();
