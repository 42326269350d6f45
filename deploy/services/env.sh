# shellcheck shell=bash
# Connection settings for the local services, and the .NET configuration keys derived from them.
# Source it:  . deploy/services/env.sh
# It never overrides a variable that is already set, so any default can be changed from outside:
#   PGPORT=5433 deploy/services/up.sh postgres

: "${PGHOST:=127.0.0.1}"
: "${PGPORT:=5432}"
: "${PGUSER:=resume_export}"
: "${PGPASSWORD:=resume_export}"
: "${PGDATABASE:=resume_export}"

: "${RABBITMQ_HOST:=127.0.0.1}"
: "${RABBITMQ_PORT:=5672}"
: "${RABBITMQ_MANAGEMENT_PORT:=15672}"
: "${RABBITMQ_USER:=resume_export}"
: "${RABBITMQ_PASSWORD:=resume_export}"
: "${RABBITMQ_VHOST:=/}"

: "${CHROMIUM_PATH:=/usr/bin/chromium-headless-shell}"

# S3-compatible test server (s3rver). It accepts the fixed key pair S3RVER / S3RVER.
: "${S3_HOST:=127.0.0.1}"
: "${S3_PORT:=4569}"
: "${S3_ENDPOINT:=http://$S3_HOST:$S3_PORT}"
: "${S3_REGION:=us-east-1}"
: "${S3_BUCKET:=resume-exports}"
: "${S3_ACCESS_KEY:=S3RVER}"
: "${S3_SECRET_KEY:=S3RVER}"
: "${S3_DATA_DIR:=/var/lib/resume-export/s3rver}"
: "${S3_LOG_FILE:=/var/log/resume-export/s3rver.log}"
: "${S3_PID_FILE:=/run/resume-export/s3rver.pid}"

export PGHOST PGPORT PGUSER PGPASSWORD PGDATABASE
export RABBITMQ_HOST RABBITMQ_PORT RABBITMQ_MANAGEMENT_PORT RABBITMQ_USER RABBITMQ_PASSWORD RABBITMQ_VHOST
export CHROMIUM_PATH
# SMTP catcher for the local stack (npm maildev): the e-mail worker's Development settings point at it.
: "${SMTP_HOST:=127.0.0.1}"
: "${SMTP_PORT:=1025}"
: "${SMTP_WEB_PORT:=1080}"
: "${SMTP_LOG_FILE:=/var/log/resume-export/maildev.log}"
: "${SMTP_PID_FILE:=/run/resume-export/maildev.pid}"
export SMTP_HOST SMTP_PORT SMTP_WEB_PORT SMTP_LOG_FILE SMTP_PID_FILE

export S3_HOST S3_PORT S3_ENDPOINT S3_REGION S3_BUCKET S3_ACCESS_KEY S3_SECRET_KEY S3_DATA_DIR S3_LOG_FILE S3_PID_FILE

# .NET configuration (double underscore = section separator).
# On loopback TLS protects nothing and costs every query CPU on both ends (measured: about a fifth of the API's CPU per
# GET, docs/performance.md), so the local stack does without; a remote PGHOST keeps Npgsql's default (TLS when offered).
case "$PGHOST" in
  127.*|localhost|::1) _pg_tls=";SSL Mode=Disable" ;;
  *) _pg_tls="" ;;
esac
: "${ConnectionStrings__Postgres:=Host=$PGHOST;Port=$PGPORT;Database=$PGDATABASE;Username=$PGUSER;Password=$PGPASSWORD$_pg_tls}"
unset _pg_tls
: "${RabbitMq__Host:=$RABBITMQ_HOST}"
: "${RabbitMq__Port:=$RABBITMQ_PORT}"
: "${RabbitMq__ManagementPort:=$RABBITMQ_MANAGEMENT_PORT}"
: "${RabbitMq__Username:=$RABBITMQ_USER}"
: "${RabbitMq__Password:=$RABBITMQ_PASSWORD}"
: "${RabbitMq__VirtualHost:=$RABBITMQ_VHOST}"
: "${Chromium__ExecutablePath:=$CHROMIUM_PATH}"
# Local driver: one absolute directory shared by the API (downloads) and the PDF worker (stores), which run from
# different project folders; a relative default would differ per process.
: "${Storage__Local__RootPath:=$(cd "$(dirname "${BASH_SOURCE[0]:-$0}")/../.." && pwd)/artifacts/storage/exports}"
# S3 driver settings only: Storage__Driver is NOT set here, so the stack keeps the default "local" driver
# (export Storage__Driver=s3 to use the s3 service).
: "${Storage__S3__ServiceUrl:=$S3_ENDPOINT}"
: "${Storage__S3__Region:=$S3_REGION}"
: "${Storage__S3__BucketName:=$S3_BUCKET}"
: "${Storage__S3__AccessKey:=$S3_ACCESS_KEY}"
: "${Storage__S3__SecretKey:=$S3_SECRET_KEY}"

export ConnectionStrings__Postgres
export RabbitMq__Host RabbitMq__Port RabbitMq__ManagementPort RabbitMq__Username RabbitMq__Password RabbitMq__VirtualHost
export Chromium__ExecutablePath
export Storage__Local__RootPath Storage__S3__ServiceUrl Storage__S3__Region Storage__S3__BucketName Storage__S3__AccessKey Storage__S3__SecretKey
