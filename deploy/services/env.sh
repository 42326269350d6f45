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

: "${CHROMIUM_PATH:=/usr/bin/chromium}"

export PGHOST PGPORT PGUSER PGPASSWORD PGDATABASE
export RABBITMQ_HOST RABBITMQ_PORT RABBITMQ_MANAGEMENT_PORT RABBITMQ_USER RABBITMQ_PASSWORD RABBITMQ_VHOST
export CHROMIUM_PATH

# .NET configuration (double underscore = section separator).
: "${ConnectionStrings__Postgres:=Host=$PGHOST;Port=$PGPORT;Database=$PGDATABASE;Username=$PGUSER;Password=$PGPASSWORD}"
: "${RabbitMq__Host:=$RABBITMQ_HOST}"
: "${RabbitMq__Port:=$RABBITMQ_PORT}"
: "${RabbitMq__ManagementPort:=$RABBITMQ_MANAGEMENT_PORT}"
: "${RabbitMq__Username:=$RABBITMQ_USER}"
: "${RabbitMq__Password:=$RABBITMQ_PASSWORD}"
: "${RabbitMq__VirtualHost:=$RABBITMQ_VHOST}"
: "${Chromium__ExecutablePath:=$CHROMIUM_PATH}"

export ConnectionStrings__Postgres
export RabbitMq__Host RabbitMq__Port RabbitMq__ManagementPort RabbitMq__Username RabbitMq__Password RabbitMq__VirtualHost
export Chromium__ExecutablePath
