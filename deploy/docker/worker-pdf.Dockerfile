# syntax=docker/dockerfile:1
# The PDF worker (src/Workers.Pdf) with Debian's Chromium and the fonts the templates ask for. Build from the repository root:
#   docker build -f deploy/docker/worker-pdf.Dockerfile -t resume-export/worker-pdf .
# .NET 10 ships no Debian images, and Ubuntu's chromium is a snap stub that cannot run in a container, so the
# worker is published self-contained and runs on debian:bookworm-slim (the same Chromium as the developer machines).
ARG DOTNET_VERSION=10.0
ARG DEBIAN_IMAGE=debian:bookworm-slim

FROM mcr.microsoft.com/dotnet/sdk:${DOTNET_VERSION}-noble AS build
ARG RID=linux-x64
WORKDIR /src
COPY global.json Directory.Build.props Directory.Packages.props .editorconfig ./
# Only the projects this host is built from (ARCHITECTURE.md, "which host holds which adapter").
COPY src/Domain/Domain.csproj src/Domain/
COPY src/Application/Application.csproj src/Application/
COPY src/Templates/Templates.csproj src/Templates/
COPY src/ServiceDefaults/ServiceDefaults.csproj src/ServiceDefaults/
COPY src/Adapters.Persistence/Adapters.Persistence.csproj src/Adapters.Persistence/
COPY src/Adapters.Messaging/Adapters.Messaging.csproj src/Adapters.Messaging/
COPY src/Adapters.Templates/Adapters.Templates.csproj src/Adapters.Templates/
COPY src/Adapters.Scheduling/Adapters.Scheduling.csproj src/Adapters.Scheduling/
COPY src/Adapters.Storage/Adapters.Storage.csproj src/Adapters.Storage/
COPY src/Adapters.Rendering/Adapters.Rendering.csproj src/Adapters.Rendering/
COPY src/Workers.Pdf/Workers.Pdf.csproj src/Workers.Pdf/
RUN dotnet restore src/Workers.Pdf/Workers.Pdf.csproj -r "$RID"
COPY src/Domain/ src/Domain/
COPY src/Application/ src/Application/
COPY src/Templates/ src/Templates/
COPY src/ServiceDefaults/ src/ServiceDefaults/
COPY src/Adapters.Persistence/ src/Adapters.Persistence/
COPY src/Adapters.Messaging/ src/Adapters.Messaging/
COPY src/Adapters.Templates/ src/Adapters.Templates/
COPY src/Adapters.Scheduling/ src/Adapters.Scheduling/
COPY src/Adapters.Storage/ src/Adapters.Storage/
COPY src/Adapters.Rendering/ src/Adapters.Rendering/
COPY src/Workers.Pdf/ src/Workers.Pdf/
RUN dotnet publish src/Workers.Pdf/Workers.Pdf.csproj -c Release --no-restore -r "$RID" --self-contained -o /app

FROM ${DEBIAN_IMAGE} AS runtime
# .NET runtime dependencies (libicu72, libssl3, ...), Chromium, the templates' fonts, curl for the health check.
# libicu72 is the culture data resumes print their month names from: the process never runs invariant.
# No LibreOffice: the worker writes DOCX, Markdown and text itself (Open XML SDK); only the tests read DOCX back with soffice.
# hadolint ignore=DL3008
RUN apt-get update \
 && apt-get install -y --no-install-recommends \
      ca-certificates libc6 libgcc-s1 libicu72 libssl3 libstdc++6 tzdata zlib1g curl \
      chromium-headless-shell fonts-noto-core fonts-noto-cjk fonts-dejavu-core \
      fonts-lxgw-wenkai fonts-migmix fonts-nanum fonts-wqy-zenhei \
 && rm -rf /var/lib/apt/lists/* \
 && groupadd --gid 1654 app \
 && useradd --uid 1654 --gid 1654 --create-home --shell /usr/sbin/nologin app
WORKDIR /app
COPY --from=build /app ./
ENV ASPNETCORE_HTTP_PORTS=8080 \
    ASPNETCORE_ENVIRONMENT=Production \
    DOTNET_SYSTEM_GLOBALIZATION_INVARIANT=false \
    Chromium__ExecutablePath=/usr/bin/chromium-headless-shell \
    HOME=/home/app
EXPOSE 8080
# Non-root (uid 1654 like the .NET images' "app" user). Chromium runs with --no-sandbox (ChromiumBrowserPool):
# the container is the sandbox; keep it unprivileged (k8s: runAsNonRoot, no privilege escalation, all caps dropped).
USER 1654:1654
HEALTHCHECK --interval=15s --timeout=5s --start-period=60s --retries=3 \
  CMD ["curl", "-fsS", "-o", "/dev/null", "http://127.0.0.1:8080/health/live"]
ENTRYPOINT ["/app/ResumeExport.Workers.Pdf"]
