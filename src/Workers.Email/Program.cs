using ResumeExport.Application;
using ResumeExport.Infrastructure.Hosting;
using ResumeExport.Workers.Email;

var builder = WebApplication.CreateBuilder(args);
builder.AddProcessDefaults();
builder.Services
    .AddApplication()
    .AddEmailWorker(builder.Configuration);

var app = builder.Build();
app.MapHealthEndpoints();
await app.RunAsync();
