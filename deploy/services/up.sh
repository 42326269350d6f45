#!/usr/bin/env bash
# Install (from apt, only what is missing), start on loopback, wait for and provision the local services.
# Also installs ICU (libicu), which every host needs for its culture data.
# Usage: deploy/services/up.sh [postgres] [rabbitmq] [chromium] [s3] [smtp]     (no argument = all five)
# No systemd needed: PostgreSQL via pg_ctlcluster, RabbitMQ via rabbitmq-server -detached,
# the S3-compatible test server (npm s3rver, pinned in deploy/tools/s3) via setsid node ... &.
set -euo pipefail
HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
. "$HERE/../lib/common.sh"
. "$HERE/env.sh"

PG_VERSION="${PG_VERSION:-15}"
PG_CLUSTER="${PG_CLUSTER:-main}"
SERVICE_TIMEOUT="${SERVICE_TIMEOUT:-120}"

[[ $(id -u) -eq 0 ]] || die "up.sh installs packages and starts system services: run it as root"

# ---------------------------------------------------------------- apt helpers
APT_UPDATED=0
missing_packages() {   # prints the packages among "$@" that are not installed
  local p
  for p in "$@"; do
    [[ "$(dpkg-query -W -f='${Status}' "$p" 2>/dev/null || true)" == "install ok installed" ]] || echo "$p"
  done
}
wait_for_apt_lock() {
  local deadline=$((SECONDS + 600)) f
  command -v fuser >/dev/null || return 0
  for f in /var/lib/dpkg/lock-frontend /var/lib/dpkg/lock /var/lib/apt/lists/lock; do
    while fuser "$f" >/dev/null 2>&1; do
      (( SECONDS < deadline )) || die "apt/dpkg still locked after 600 s ($f)"
      log "waiting for another apt/dpkg run to release $f ..."; sleep 5
    done
  done
}
apt_install() {   # apt_install PKG...: installs only the missing ones; apt-get update only if needed
  local missing
  missing=$(missing_packages "$@" | tr '\n' ' ')
  [[ -n "${missing// /}" ]] || return 0
  log "installing from apt: $missing"
  wait_for_apt_lock
  if (( APT_UPDATED == 0 )); then
    apt-get -o DPkg::Lock::Timeout=600 update -qq
    APT_UPDATED=1
  fi
  wait_for_apt_lock
  # LANG=C.UTF-8 so a cluster created by the postgresql package gets UTF8 encoding.
  # shellcheck disable=SC2086
  LANG=C.UTF-8 LC_ALL=C.UTF-8 apt-get -o DPkg::Lock::Timeout=600 install -y -qq --no-install-recommends $missing >/dev/null
}

port_open() { (exec 3<>"/dev/tcp/$1/$2") 2>/dev/null; }

# ---------------------------------------------------------------- postgres
pg_as_superuser() {   # psql as the postgres OS user over the unix socket
  runuser -u postgres -- psql -X -q -v ON_ERROR_STOP=1 -h /var/run/postgresql -p "$PGPORT" -U postgres -d postgres "$@"
}
pg_app_login() {
  psql -X -q -At -h "$PGHOST" -p "$PGPORT" -U "$PGUSER" -d "$PGDATABASE" -c 'select 1' >/dev/null 2>&1
}
up_postgres() {
  apt_install "postgresql-$PG_VERSION" "postgresql-client-$PG_VERSION"
  install -d -o postgres -g postgres -m 2775 /var/run/postgresql

  local clusters
  clusters=$(pg_lsclusters -h 2>/dev/null | awk '{print $1"/"$2}' || true)
  if ! grep -qx "$PG_VERSION/$PG_CLUSTER" <<<"$clusters"; then
    log "creating PostgreSQL cluster $PG_VERSION/$PG_CLUSTER on port $PGPORT"
    LANG=C.UTF-8 pg_createcluster --locale C.UTF-8 --encoding UTF8 -p "$PGPORT" "$PG_VERSION" "$PG_CLUSTER" >/dev/null
  fi
  local conf_port
  conf_port=$(pg_conftool -s "$PG_VERSION" "$PG_CLUSTER" show port 2>/dev/null || echo 5432)
  if [[ "$conf_port" != "$PGPORT" ]]; then
    log "setting cluster $PG_VERSION/$PG_CLUSTER port $conf_port -> $PGPORT"
    pg_conftool "$PG_VERSION" "$PG_CLUSTER" set port "$PGPORT"
    pg_ctlcluster "$PG_VERSION" "$PG_CLUSTER" status >/dev/null 2>&1 && pg_ctlcluster "$PG_VERSION" "$PG_CLUSTER" restart
  fi
  if ! pg_ctlcluster "$PG_VERSION" "$PG_CLUSTER" status >/dev/null 2>&1; then
    log "starting PostgreSQL $PG_VERSION/$PG_CLUSTER"
    pg_ctlcluster "$PG_VERSION" "$PG_CLUSTER" start
  fi

  local deadline=$((SECONDS + SERVICE_TIMEOUT))
  until pg_isready -q -h "$PGHOST" -p "$PGPORT"; do
    (( SECONDS < deadline )) || die "postgres not ready on $PGHOST:$PGPORT after ${SERVICE_TIMEOUT}s (see /var/log/postgresql/)"
    sleep 1
  done

  if ! pg_app_login || [[ $(pg_as_superuser -At -c "select rolcreatedb from pg_roles where rolname = '$PGUSER'") != t ]]; then
    log "provisioning postgres role $PGUSER and database $PGDATABASE"
    pg_as_superuser -v app_user="$PGUSER" -v app_pass="$PGPASSWORD" -v app_db="$PGDATABASE" <<'SQL'
SELECT format('CREATE ROLE %I', :'app_user')
 WHERE NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = :'app_user') \gexec
SELECT format('ALTER ROLE %I WITH LOGIN CREATEDB PASSWORD %L', :'app_user', :'app_pass') \gexec
SELECT format('CREATE DATABASE %I OWNER %I ENCODING %L TEMPLATE template0', :'app_db', :'app_user', 'UTF8')
 WHERE NOT EXISTS (SELECT 1 FROM pg_database WHERE datname = :'app_db') \gexec
SELECT format('ALTER DATABASE %I OWNER TO %I', :'app_db', :'app_user') \gexec
SQL
  fi
  pg_app_login || die "postgres is up but login as $PGUSER@$PGHOST:$PGPORT/$PGDATABASE fails"
  echo "postgres ready on $PGHOST:$PGPORT (database $PGDATABASE, user $PGUSER)"
}

# ---------------------------------------------------------------- rabbitmq
MGMT_URL="http://$RABBITMQ_HOST:$RABBITMQ_MANAGEMENT_PORT"
rabbit_vhost_enc() { [[ "$1" == / ]] && echo %2F || jq -rn --arg v "$1" '$v|@uri'; }
rabbit_app_ok() {   # AMQP port open + management API answers as the app user, who is administrator with access to the vhosts
  port_open "$RABBITMQ_HOST" "$RABBITMQ_PORT" || return 1
  local whoami v
  whoami=$(curl -fsS --max-time 5 -u "$RABBITMQ_USER:$RABBITMQ_PASSWORD" "$MGMT_URL/api/whoami" 2>/dev/null) || return 1
  [[ "$whoami" == *administrator* ]] || return 1
  for v in / "$RABBITMQ_VHOST"; do
    curl -fsS --max-time 5 -o /dev/null -u "$RABBITMQ_USER:$RABBITMQ_PASSWORD" \
      "$MGMT_URL/api/permissions/$(rabbit_vhost_enc "$v")/$(jq -rn --arg v "$RABBITMQ_USER" '$v|@uri')" 2>/dev/null || return 1
  done
}
write_rabbit_config() {   # loopback listeners on the configured ports; returns 0 if the file changed
  local conf=/etc/rabbitmq/rabbitmq.conf new
  new=$(cat <<CONF
# Managed by deploy/services/up.sh: loopback only.
listeners.tcp.default = $RABBITMQ_HOST:$RABBITMQ_PORT
management.tcp.ip = $RABBITMQ_HOST
management.tcp.port = $RABBITMQ_MANAGEMENT_PORT
CONF
)
  if [[ -f "$conf" ]] && [[ "$(cat "$conf")" == "$new" ]]; then return 1; fi
  printf '%s\n' "$new" > "$conf"
  return 0
}
up_rabbitmq() {
  apt_install rabbitmq-server curl jq
  if rabbit_app_ok; then
    echo "rabbitmq ready on $RABBITMQ_HOST:$RABBITMQ_PORT (management $MGMT_URL, user $RABBITMQ_USER)"
    return 0
  fi

  mkdir -p /etc/rabbitmq
  local changed=0
  write_rabbit_config && changed=1
  # Plugin file is read at boot: management is on from the first start, no restart needed.
  if ! grep -q rabbitmq_management /etc/rabbitmq/enabled_plugins 2>/dev/null; then
    echo '[rabbitmq_management].' > /etc/rabbitmq/enabled_plugins; changed=1
  fi

  if rabbitmq-diagnostics -q ping >/dev/null 2>&1; then
    if (( changed )); then
      log "rabbitmq config changed: restarting"
      rabbitmqctl -q shutdown >/dev/null 2>&1 || true
    fi
  fi
  if ! rabbitmq-diagnostics -q ping >/dev/null 2>&1; then
    log "starting rabbitmq-server"
    install -d -o rabbitmq -g rabbitmq /var/log/rabbitmq /var/lib/rabbitmq
    rabbitmq-server -detached >/dev/null 2>&1 || die "rabbitmq-server -detached failed (see /var/log/rabbitmq/)"
    local deadline=$((SECONDS + SERVICE_TIMEOUT))
    until rabbitmq-diagnostics -q ping >/dev/null 2>&1; do
      (( SECONDS < deadline )) || die "rabbitmq node did not come up in ${SERVICE_TIMEOUT}s (see /var/log/rabbitmq/)"
      sleep 1
    done
  fi
  rabbitmqctl -q await_startup --timeout "$SERVICE_TIMEOUT" >/dev/null
  rabbitmq-plugins -q enable rabbitmq_management >/dev/null   # no-op when already on
  if rabbit_app_ok; then   # restarted node: users and permissions persist in its database
    echo "rabbitmq ready on $RABBITMQ_HOST:$RABBITMQ_PORT (management $MGMT_URL, user $RABBITMQ_USER)"
    return 0
  fi

  log "provisioning rabbitmq user $RABBITMQ_USER"
  local users vhosts
  users=$(rabbitmqctl -s list_users 2>/dev/null | awk '{print $1}')
  if grep -qxF "$RABBITMQ_USER" <<<"$users"; then
    rabbitmqctl -q change_password "$RABBITMQ_USER" "$RABBITMQ_PASSWORD" >/dev/null
  else
    rabbitmqctl -q add_user "$RABBITMQ_USER" "$RABBITMQ_PASSWORD" >/dev/null
  fi
  rabbitmqctl -q set_user_tags "$RABBITMQ_USER" administrator >/dev/null
  local v
  vhosts=$(rabbitmqctl -s list_vhosts 2>/dev/null)
  for v in / "$RABBITMQ_VHOST"; do
    grep -qxF "$v" <<<"$vhosts" || rabbitmqctl -q add_vhost "$v" >/dev/null
    rabbitmqctl -q set_permissions -p "$v" "$RABBITMQ_USER" '.*' '.*' '.*' >/dev/null
  done

  local deadline=$((SECONDS + SERVICE_TIMEOUT))
  until rabbit_app_ok; do
    (( SECONDS < deadline )) || die "rabbitmq AMQP $RABBITMQ_HOST:$RABBITMQ_PORT or management $MGMT_URL not answering as $RABBITMQ_USER"
    sleep 1
  done
  echo "rabbitmq ready on $RABBITMQ_HOST:$RABBITMQ_PORT (management $MGMT_URL, user $RABBITMQ_USER)"
}

# ---------------------------------------------------------------- chromium
up_chromium() {
  # fonts-lxgw-wenkai, fonts-migmix, fonts-nanum, fonts-wqy-zenhei: glyf TrueType CJK faces Skia embeds as CID TrueType, never Type 3 (decision 28).
  # mupdf-tools: the API draws export previews from the PDFs with mutool (decision 22); poppler-utils: the tests' independent check.
  # chromium-headless-shell: the renderer's browser (decision 23), the same Chromium build as the chromium package.
  # libreoffice-writer-nogui: the tests' independent reader of the DOCX exports (soffice --headless --convert-to pdf).
  apt_install chromium-headless-shell fonts-noto-core fonts-noto-cjk fonts-dejavu-core fonts-lxgw-wenkai fonts-migmix fonts-nanum fonts-wqy-zenhei poppler-utils mupdf-tools libreoffice-writer-nogui
  [[ -x "$CHROMIUM_PATH" ]] || die "CHROMIUM_PATH=$CHROMIUM_PATH is not executable"
  command -v mutool >/dev/null || die "mutool (mupdf-tools) is not installed"
  command -v soffice >/dev/null || die "soffice (libreoffice-writer-nogui) is not installed"
  local profile out
  profile=$(mktemp -d)
  if ! out=$(timeout 60 "$CHROMIUM_PATH" --headless --no-sandbox --disable-gpu --disable-background-networking \
      --disable-component-update --disable-sync --no-first-run --user-data-dir="$profile" \
      --dump-dom about:blank 2>/dev/null) || [[ "$out" != *"<html"* ]]; then
    rm -rf "$profile"
    die "chromium at $CHROMIUM_PATH failed the headless check"
  fi
  rm -rf "$profile"
  echo "chromium ready at $CHROMIUM_PATH ($("$CHROMIUM_PATH" --version 2>/dev/null | head -n1)); $(mutool -v 2>&1 | head -n1)"
}

# Becomes "$@" in a session of its own (so it outlives this script), holding no file descriptor of ours but 0-2: a
# daemon that inherited, say, the fd of a `flock` held by whoever ran this script would keep that lock for its whole
# life. Call it in the background (`detached cmd ... &`): it replaces the (sub)shell it runs in.
detached() {
  local fd
  for fd in /proc/"$BASHPID"/fd/*; do
    fd=${fd##*/}
    if (( fd > 2 )); then eval "exec ${fd}>&-" 2>/dev/null || true; fi
  done
  exec setsid "$@"
}

# ---------------------------------------------------------------- s3 (s3rver)
S3_TOOLS="$REPO_ROOT/deploy/tools/s3"
s3_ok() {   # an S3 ListBuckets answer from s3rver on $S3_HOST:$S3_PORT
  local body
  body=$(curl -fsS --max-time 5 "http://$S3_HOST:$S3_PORT/" 2>/dev/null) || return 1
  [[ "$body" == *ListAllMyBucketsResult* ]]
}
s3_ready_line() { echo "s3 ready on $S3_ENDPOINT (s3rver, bucket $S3_BUCKET, data $S3_DATA_DIR, log $S3_LOG_FILE)"; }
up_s3() {
  if s3_ok; then s3_ready_line; return 0; fi
  command -v node >/dev/null && command -v npm >/dev/null || apt_install nodejs npm curl
  command -v curl >/dev/null || apt_install curl
  # npm ci only when node_modules is missing or older than the lock file (version pinned in package-lock.json).
  if [[ ! -f "$S3_TOOLS/node_modules/s3rver/bin/s3rver.js" || "$S3_TOOLS/package-lock.json" -nt "$S3_TOOLS/node_modules/.package-lock.json" ]]; then
    log "installing s3rver into deploy/tools/s3/node_modules"
    (cd "$S3_TOOLS" && npm ci --no-audit --no-fund --loglevel=error)
  fi
  port_open "$S3_HOST" "$S3_PORT" && die "port $S3_HOST:$S3_PORT is taken by something that is not s3rver (set S3_PORT)"

  mkdir -p "$S3_DATA_DIR" "$(dirname "$S3_LOG_FILE")" "$(dirname "$S3_PID_FILE")"
  log "starting s3rver on $S3_HOST:$S3_PORT"
  # Own session (setsid) so it outlives this script; --configure-bucket creates the stack's bucket at start
  # (no-op when it exists). Tests create and delete their own buckets.
  detached node "$S3_TOOLS/node_modules/s3rver/bin/s3rver.js" --directory "$S3_DATA_DIR" --address "$S3_HOST" \
    --port "$S3_PORT" --no-vhost-buckets --configure-bucket "$S3_BUCKET" >>"$S3_LOG_FILE" 2>&1 </dev/null &
  local pid=$!
  echo "$pid" > "$S3_PID_FILE"
  local deadline=$((SECONDS + SERVICE_TIMEOUT))
  until s3_ok; do
    kill -0 "$pid" 2>/dev/null || die "s3rver exited at start (see $S3_LOG_FILE)"
    (( SECONDS < deadline )) || die "s3rver not answering on $S3_ENDPOINT after ${SERVICE_TIMEOUT}s (see $S3_LOG_FILE)"
    sleep 0.2
  done
  s3_ready_line
}

# ---------------------------------------------------------------- smtp (maildev)
SMTP_TOOLS="$REPO_ROOT/deploy/tools/smtp"
smtp_ok() { port_open "$SMTP_HOST" "$SMTP_PORT" && port_open "$SMTP_HOST" "$SMTP_WEB_PORT"; }
smtp_ready_line() { echo "smtp ready on $SMTP_HOST:$SMTP_PORT (maildev, web $SMTP_HOST:$SMTP_WEB_PORT)"; }
up_smtp() {
  if smtp_ok; then smtp_ready_line; return 0; fi
  command -v node >/dev/null && command -v npm >/dev/null || apt_install nodejs npm curl
  command -v curl >/dev/null || apt_install curl
  if [[ ! -f "$SMTP_TOOLS/node_modules/maildev/dist/bin/maildev.js" || "$SMTP_TOOLS/package-lock.json" -nt "$SMTP_TOOLS/node_modules/.package-lock.json" ]]; then
    log "installing maildev into deploy/tools/smtp/node_modules"
    (cd "$SMTP_TOOLS" && npm ci --no-audit --no-fund --loglevel=error)
  fi
  port_open "$SMTP_HOST" "$SMTP_PORT" && die "port $SMTP_HOST:$SMTP_PORT is taken by something that is not maildev (set SMTP_PORT)"
  mkdir -p "$(dirname "$SMTP_LOG_FILE")" "$(dirname "$SMTP_PID_FILE")"
  log "starting maildev on $SMTP_HOST:$SMTP_PORT (web $SMTP_WEB_PORT)"
  detached node "$SMTP_TOOLS/node_modules/maildev/dist/bin/maildev.js" --ip "$SMTP_HOST" --smtp "$SMTP_PORT" --web "$SMTP_WEB_PORT" --web-ip "$SMTP_HOST" \
    >>"$SMTP_LOG_FILE" 2>&1 </dev/null &
  local pid=$!
  echo "$pid" > "$SMTP_PID_FILE"
  local deadline=$((SECONDS + SERVICE_TIMEOUT))
  until smtp_ok; do
    kill -0 "$pid" 2>/dev/null || die "maildev exited at start (see $SMTP_LOG_FILE)"
    (( SECONDS < deadline )) || die "maildev not answering on $SMTP_HOST:$SMTP_PORT after ${SERVICE_TIMEOUT}s (see $SMTP_LOG_FILE)"
    sleep 0.2
  done
  smtp_ready_line
}

# ---------------------------------------------------------------- culture data
# libicu: .NET's culture data, which the hosts print a resume's month names from; without it they would not start
# (InvariantGlobalization is false). Its package name carries the ICU version (bookworm libicu72, noble libicu74).
up_icu() {
  dpkg-query -W -f='${Package} ${Status}\n' 'libicu[0-9]*' 2>/dev/null | grep -q ' install ok installed$' && return 0
  local package
  package=$(apt-cache pkgnames libicu 2>/dev/null | grep -E '^libicu[0-9]+$' | sort -V | tail -n1 || true)
  if [[ -z "$package" ]]; then
    wait_for_apt_lock
    apt-get -o DPkg::Lock::Timeout=600 update -qq
    APT_UPDATED=1
    package=$(apt-cache pkgnames libicu | grep -E '^libicu[0-9]+$' | sort -V | tail -n1 || true)
  fi
  [[ -n "$package" ]] || die "no libicu package in the apt sources: the hosts need ICU"
  apt_install "$package"
}

# ---------------------------------------------------------------- main
services=("$@")
(( ${#services[@]} )) || services=(postgres rabbitmq chromium s3 smtp)
for s in "${services[@]}"; do
  case "$s" in
    postgres|rabbitmq|chromium|s3|smtp) ;;
    *) die "unknown service '$s' (expected: postgres rabbitmq chromium s3 smtp)" ;;
  esac
done
up_icu
for s in "${services[@]}"; do "up_$s"; done
