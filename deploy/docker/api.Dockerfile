# syntax=docker/dockerfile:1
# The HTTP API (src/Api). Build from the repository root:
#   docker build -f deploy/docker/api.Dockerfile -t resume-export/api .
# Also the migration image: `migrate-and-exit` runs the API once with Database__ApplyMigrationsOnStartup=true,
# waits until it serves (= migrated and seeded), stops it and exits 0 (docker-compose service `migrate`, k8s Job).
ARG DOTNET_VERSION=10.0

FROM mcr.microsoft.com/dotnet/sdk:${DOTNET_VERSION}-noble AS build
WORKDIR /src
# Restore first, from the project files only, so source edits reuse the restore layer.
COPY global.json Directory.Build.props Directory.Packages.props .editorconfig ./
# Only the projects this host is built from (ARCHITECTURE.md, "which host holds which adapter").
COPY src/Domain/Domain.csproj src/Domain/
COPY src/Application/Application.csproj src/Application/
COPY src/Templates/Templates.csproj src/Templates/
COPY src/ServiceDefaults/ServiceDefaults.csproj src/ServiceDefaults/
COPY src/Adapters.Persistence/Adapters.Persistence.csproj src/Adapters.Persistence/
COPY src/Adapters.Messaging/Adapters.Messaging.csproj src/Adapters.Messaging/
COPY src/Adapters.Templates/Adapters.Templates.csproj src/Adapters.Templates/
COPY src/Adapters.Identity/Adapters.Identity.csproj src/Adapters.Identity/
COPY src/Adapters.JsonResume/Adapters.JsonResume.csproj src/Adapters.JsonResume/
COPY src/Adapters.Scheduling/Adapters.Scheduling.csproj src/Adapters.Scheduling/
COPY src/Adapters.Storage/Adapters.Storage.csproj src/Adapters.Storage/
COPY src/Adapters.Billing/Adapters.Billing.csproj src/Adapters.Billing/
COPY src/Adapters.Previews/Adapters.Previews.csproj src/Adapters.Previews/
COPY src/Api/Api.csproj src/Api/
RUN dotnet restore src/Api/Api.csproj
COPY src/Domain/ src/Domain/
COPY src/Application/ src/Application/
COPY src/Templates/ src/Templates/
COPY src/ServiceDefaults/ src/ServiceDefaults/
COPY src/Adapters.Persistence/ src/Adapters.Persistence/
COPY src/Adapters.Messaging/ src/Adapters.Messaging/
COPY src/Adapters.Templates/ src/Adapters.Templates/
COPY src/Adapters.Identity/ src/Adapters.Identity/
COPY src/Adapters.JsonResume/ src/Adapters.JsonResume/
COPY src/Adapters.Scheduling/ src/Adapters.Scheduling/
COPY src/Adapters.Storage/ src/Adapters.Storage/
COPY src/Adapters.Billing/ src/Adapters.Billing/
COPY src/Adapters.Previews/ src/Adapters.Previews/
COPY src/Api/ src/Api/
RUN dotnet publish src/Api/Api.csproj -c Release --no-restore -o /app -p:UseAppHost=false

FROM mcr.microsoft.com/dotnet/aspnet:${DOTNET_VERSION}-noble AS runtime
# curl: container health checks and migrate-and-exit. mupdf-tools: mutool draws export previews (decision 22).
# libicu74: culture data (the base image has it; named so that no change of base drops it). Never invariant globalization.
RUN apt-get update \
 && apt-get install -y --no-install-recommends curl mupdf-tools libicu74 \
 && rm -rf /var/lib/apt/lists/*
WORKDIR /app
COPY --from=build /app ./
COPY --chmod=0755 deploy/docker/migrate-and-exit.sh /usr/local/bin/migrate-and-exit
ENV ASPNETCORE_HTTP_PORTS=8080 \
    ASPNETCORE_ENVIRONMENT=Production \
    DOTNET_SYSTEM_GLOBALIZATION_INVARIANT=false
EXPOSE 8080
# Non-root: the image's "app" user (uid 1654).
USER $APP_UID
HEALTHCHECK --interval=15s --timeout=5s --start-period=30s --retries=3 \
  CMD ["curl", "-fsS", "-o", "/dev/null", "http://127.0.0.1:8080/health/live"]
ENTRYPOINT ["dotnet", "ResumeExport.Api.dll"]
