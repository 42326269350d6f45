# syntax=docker/dockerfile:1
# The e-mail worker (src/Workers.Email). Build from the repository root:
#   docker build -f deploy/docker/worker-email.Dockerfile -t resume-export/worker-email .
ARG DOTNET_VERSION=10.0

FROM mcr.microsoft.com/dotnet/sdk:${DOTNET_VERSION}-noble AS build
WORKDIR /src
COPY global.json Directory.Build.props Directory.Packages.props .editorconfig ./
# Only the projects this host is built from (ARCHITECTURE.md, "which host holds which adapter").
COPY src/Domain/Domain.csproj src/Domain/
COPY src/Application/Application.csproj src/Application/
COPY src/Templates/Templates.csproj src/Templates/
COPY src/ServiceDefaults/ServiceDefaults.csproj src/ServiceDefaults/
COPY src/Adapters.Persistence/Adapters.Persistence.csproj src/Adapters.Persistence/
COPY src/Adapters.Messaging/Adapters.Messaging.csproj src/Adapters.Messaging/
COPY src/Adapters.Storage/Adapters.Storage.csproj src/Adapters.Storage/
COPY src/Adapters.Email/Adapters.Email.csproj src/Adapters.Email/
COPY src/Workers.Email/Workers.Email.csproj src/Workers.Email/
RUN dotnet restore src/Workers.Email/Workers.Email.csproj
COPY src/Domain/ src/Domain/
COPY src/Application/ src/Application/
COPY src/Templates/ src/Templates/
COPY src/ServiceDefaults/ src/ServiceDefaults/
COPY src/Adapters.Persistence/ src/Adapters.Persistence/
COPY src/Adapters.Messaging/ src/Adapters.Messaging/
COPY src/Adapters.Storage/ src/Adapters.Storage/
COPY src/Adapters.Email/ src/Adapters.Email/
COPY src/Workers.Email/ src/Workers.Email/
RUN dotnet publish src/Workers.Email/Workers.Email.csproj -c Release --no-restore -o /app -p:UseAppHost=false

FROM mcr.microsoft.com/dotnet/aspnet:${DOTNET_VERSION}-noble AS runtime
# curl: the health check. libicu74: culture data (the base image has it; named so that no change of base drops it).
RUN apt-get update \
 && apt-get install -y --no-install-recommends curl libicu74 \
 && rm -rf /var/lib/apt/lists/*
WORKDIR /app
COPY --from=build /app ./
ENV ASPNETCORE_HTTP_PORTS=8080 \
    ASPNETCORE_ENVIRONMENT=Production \
    DOTNET_SYSTEM_GLOBALIZATION_INVARIANT=false
EXPOSE 8080
USER $APP_UID
HEALTHCHECK --interval=15s --timeout=5s --start-period=30s --retries=3 \
  CMD ["curl", "-fsS", "-o", "/dev/null", "http://127.0.0.1:8080/health/live"]
ENTRYPOINT ["dotnet", "ResumeExport.Workers.Email.dll"]
