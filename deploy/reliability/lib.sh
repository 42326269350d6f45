# shellcheck shell=bash
# The reliability suite's own services, next to (never instead of) the shared ones of deploy/services/up.sh:
#   - a 3-node RabbitMQ cluster rabbit-rel1..3@localhost (AMQP 5701-5703, management 15701-15703, distribution
#     25701-25703, its own Erlang cookie), joined with `rabbitmqctl join_cluster`;
#   - a PostgreSQL 15 instance initdb'd into the run directory (port 5439, max_connections 100), run as postgres.
# Everything lives under $REL_DIR (a temp directory) and is stopped by rel_teardown. Source it after lib/common.sh.
# The shared PostgreSQL (5432), RabbitMQ (rabbit@<host>, 5672/15672), s3rver and maildev are never touched.

: "${REL_RABBIT_AMQP_BASE:=5700}"     # node N listens on AMQP base+N, management 10000+base+N, distribution 20000+base+N
: "${REL_PG_PORT:=5439}"
: "${REL_PG_VERSION:=15}"
: "${REL_VHOST:=reliability}"
: "${REL_DB:=resume_export_rel}"
: "${REL_DB_USER:=resume_export}"
REL_NODES=(1 2 3)
REL_RABBIT_BIN=/usr/lib/rabbitmq/bin
REL_PG_BIN="/usr/lib/postgresql/$REL_PG_VERSION/bin"

rel_node_name()  { echo "rabbit-rel$1@localhost"; }
rel_amqp_port()  { echo $((REL_RABBIT_AMQP_BASE + $1)); }
rel_mgmt_port()  { echo $((10000 + REL_RABBIT_AMQP_BASE + $1)); }
rel_dist_port()  { echo $((20000 + REL_RABBIT_AMQP_BASE + $1)); }

# rabbitmqctl against one of our nodes, with our cookie (HOME holds it); never the shared node.
rel_rabbitmqctl() {
  local node=$1; shift
  HOME="$REL_DIR/rabbit-home" RABBITMQ_CONF_ENV_FILE=/dev/null "$REL_RABBIT_BIN/rabbitmqctl" -q -n "$(rel_node_name "$node")" "$@"
}

rel_port_free() { ! (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }

rel_check_ports() {
  local n p
  for n in "${REL_NODES[@]}"; do
    for p in "$(rel_amqp_port "$n")" "$(rel_mgmt_port "$n")" "$(rel_dist_port "$n")"; do
      rel_port_free "$p" || die "port $p is taken (a leftover reliability run? deploy/reliability/run.sh cleans up the last one it knows of)"
    done
  done
  rel_port_free "$REL_PG_PORT" || die "port $REL_PG_PORT is taken"
}

# ---------------------------------------------------------------- RabbitMQ
rel_rabbit_prepare() {
  local cookie n dir
  install -d -m 700 "$REL_DIR/rabbit-home"
  cookie=$(head -c 32 /dev/urandom | od -An -tx1 | tr -d ' \n' | tr 'a-f' 'A-F')
  printf '%s' "$cookie" > "$REL_DIR/rabbit-home/.erlang.cookie"
  chmod 400 "$REL_DIR/rabbit-home/.erlang.cookie"
  echo '[rabbitmq_management].' > "$REL_DIR/rabbit-enabled-plugins"
  for n in "${REL_NODES[@]}"; do
    dir="$REL_DIR/rabbit$n"
    mkdir -p "$dir/mnesia" "$dir/log"
    cat > "$dir/rabbitmq.conf" <<CONF
listeners.tcp.default = 127.0.0.1:$(rel_amqp_port "$n")
management.tcp.ip = 127.0.0.1
management.tcp.port = $(rel_mgmt_port "$n")
cluster_partition_handling = pause_minority
log.console = false
log.file.level = warning
CONF
    # net_ticktime 10 s (default 60): a partitioned peer is declared down after 7.5-12.5 s instead of 45-75 s, so the
    # rabbitmq-partition case sees pause_minority and the majority's view within a partition of bounded length. It is
    # a kernel setting, which rabbitmq.conf cannot carry.
    echo '[{kernel, [{net_ticktime, 10}]}].' > "$dir/advanced.config"
  done
}

# Starts node N in the background (its own session); returns once it answers await_startup.
rel_rabbit_start() {
  local n=$1 dir="$REL_DIR/rabbit$1"
  rm -f "$dir/beam.pid"
  # From its own directory: a crashing VM writes erl_crash.dump into the working directory.
  (cd "$dir" && exec setsid env HOME="$REL_DIR/rabbit-home" \
    RABBITMQ_NODENAME="$(rel_node_name "$n")" \
    RABBITMQ_DIST_PORT="$(rel_dist_port "$n")" \
    RABBITMQ_CONFIG_FILE="$dir/rabbitmq.conf" \
    RABBITMQ_ADVANCED_CONFIG_FILE="$dir/advanced.config" \
    RABBITMQ_CONF_ENV_FILE=/dev/null \
    RABBITMQ_ENABLED_PLUGINS_FILE="$REL_DIR/rabbit-enabled-plugins" \
    RABBITMQ_MNESIA_BASE="$dir/mnesia" \
    RABBITMQ_LOG_BASE="$dir/log" \
    RABBITMQ_PID_FILE="$dir/beam.pid" \
    RABBITMQ_SERVER_ADDITIONAL_ERL_ARGS="-kernel inet_dist_use_interface {127,0,0,1} -kernel inet_dist_connect_options [{ip,{127,0,0,$((10 + n))}}]" \
    ERL_CRASH_DUMP="$dir/erl_crash.dump" \
    "$REL_RABBIT_BIN/rabbitmq-server" >>"$dir/log/server.out" 2>&1 </dev/null) &
  local server=$!
  echo "$server" > "$dir/server.pid"
  local deadline=$((SECONDS + 120))
  until rel_rabbitmqctl "$n" ping >/dev/null 2>&1 && rel_rabbitmqctl "$n" await_startup --timeout 120 >/dev/null 2>&1; do
    if ! kill -0 "$server" 2>/dev/null || (( SECONDS >= deadline )); then
      tail -n 30 "$dir/log/server.out" >&2 || true
      die "rabbit node $n did not start (log: $dir/log)"
    fi
    sleep 0.5
  done
}

rel_rabbit_beam_pid() { cat "$REL_DIR/rabbit$1/beam.pid" 2>/dev/null || true; }

# SIGKILL: the Erlang VM dies at once, as in a crash or an OOM kill (no graceful shutdown, no queue handover).
rel_rabbit_kill() {
  local n=$1 pid
  pid=$(rel_rabbit_beam_pid "$n")
  [[ -n "$pid" ]] && kill -0 "$pid" 2>/dev/null || die "rabbit node $n is not running"
  kill -KILL "$pid"
  while kill -0 "$pid" 2>/dev/null; do sleep 0.1; done
  wait_pid_file_gone "$REL_DIR/rabbit$n/server.pid"
}

wait_pid_file_gone() {   # the wrapper script exits once its VM is gone
  local pid
  pid=$(cat "$1" 2>/dev/null || true)
  if [[ -n "$pid" ]]; then
    for _ in $(seq 1 50); do kill -0 "$pid" 2>/dev/null || break; sleep 0.1; done
  fi
  rm -f "$1"
}

rel_rabbit_cluster_up() {
  local n
  rel_rabbit_prepare
  log "starting RabbitMQ nodes $(rel_node_name 1) $(rel_node_name 2) $(rel_node_name 3)"
  local starts=()
  for n in "${REL_NODES[@]}"; do rel_rabbit_start "$n" & starts+=($!); done
  for n in "${starts[@]}"; do wait "$n" || die "a RabbitMQ node did not start"; done
  for n in 2 3; do
    rel_rabbitmqctl "$n" stop_app >/dev/null
    rel_rabbitmqctl "$n" join_cluster "$(rel_node_name 1)" >/dev/null
    rel_rabbitmqctl "$n" start_app >/dev/null
  done
  rel_rabbitmqctl 1 await_online_nodes 3 --timeout 60 >/dev/null 2>&1 || true
  local running
  running=$(rel_rabbitmqctl 1 cluster_status --formatter json | jq '.running_nodes | length')
  [[ "$running" == 3 ]] || die "the reliability cluster has $running running node(s), expected 3"
  rel_rabbitmqctl 1 add_user "$REL_RABBIT_USER" "$REL_RABBIT_PASSWORD" >/dev/null
  rel_rabbitmqctl 1 set_user_tags "$REL_RABBIT_USER" administrator >/dev/null
  rel_rabbitmqctl 1 delete_user guest >/dev/null 2>&1 || true
  rel_rabbitmqctl 1 add_vhost "$REL_VHOST" >/dev/null
  rel_rabbitmqctl 1 set_permissions -p "$REL_VHOST" "$REL_RABBIT_USER" '.*' '.*' '.*' >/dev/null
  log "RabbitMQ cluster of 3 running (AMQP $(rel_amqp_port 1)-$(rel_amqp_port 3), management $(rel_mgmt_port 1)-$(rel_mgmt_port 3), vhost $REL_VHOST)"
}

rel_rabbit_stop_all() {
  local n pid
  for n in "${REL_NODES[@]}"; do
    pid=$(rel_rabbit_beam_pid "$n")
    [[ -n "$pid" ]] && kill -0 "$pid" 2>/dev/null || continue
    # No graceful shutdown needed: the data directory is thrown away.
    kill -KILL "$pid" 2>/dev/null || true
    wait_pid_file_gone "$REL_DIR/rabbit$n/server.pid"
    log "stopped $(rel_node_name "$n") (pid $pid)"
  done
}

# ---------------------------------------------------------------- PostgreSQL
rel_pg_ctl() { runuser -u postgres -- "$REL_PG_BIN/pg_ctl" -D "$REL_DIR/pg/data" "$@"; }

rel_pg_up() {
  install -d -o postgres -g postgres -m 700 "$REL_DIR/pg" "$REL_DIR/pg/sock"
  runuser -u postgres -- "$REL_PG_BIN/initdb" -D "$REL_DIR/pg/data" -A trust -U postgres --encoding UTF8 --locale C.UTF-8 >/dev/null
  cat >> "$REL_DIR/pg/data/postgresql.conf" <<CONF
# reliability suite: loopback only, the stock connection limit (the budget is measured against it)
listen_addresses = '127.0.0.1'
port = $REL_PG_PORT
unix_socket_directories = '$REL_DIR/pg/sock'
max_connections = 100
CONF
  rel_pg_start
  runuser -u postgres -- psql -X -q -v ON_ERROR_STOP=1 -h "$REL_DIR/pg/sock" -p "$REL_PG_PORT" -U postgres -d postgres \
    -c "CREATE ROLE $REL_DB_USER LOGIN CREATEDB" -c "CREATE DATABASE $REL_DB OWNER $REL_DB_USER ENCODING 'UTF8' TEMPLATE template0" >/dev/null
  log "PostgreSQL $REL_PG_VERSION on 127.0.0.1:$REL_PG_PORT (database $REL_DB, data $REL_DIR/pg/data)"
}

rel_pg_start() { rel_pg_ctl -l "$REL_DIR/pg/server.log" -w -t 60 start >/dev/null; }

# Fast shutdown: connections are terminated (57P01) as in a restart of a managed database.
rel_pg_stop() { rel_pg_ctl -m fast -w -t 60 stop >/dev/null; }

rel_pg_down_if_running() {
  [[ -f "$REL_DIR/pg/data/postmaster.pid" ]] || return 0
  rel_pg_ctl -m immediate -w -t 30 stop >/dev/null 2>&1 || true
  log "stopped the reliability PostgreSQL"
}

# ---------------------------------------------------------------- all
rel_teardown() {
  rel_partition_heal || true
  [[ -n "${REL_DIR:-}" && -d "$REL_DIR" ]] || return 0
  rel_rabbit_stop_all || true
  rel_pg_down_if_running || true
}

# shellcheck source=deploy/reliability/partition.sh
. "$(dirname "${BASH_SOURCE[0]}")/partition.sh"
