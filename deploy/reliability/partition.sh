# shellcheck shell=bash
# A real network partition of one node of the reliability cluster, for the rabbitmq-partition case (sourced by lib.sh).
# Every node dials its peers from a loopback address of its own (127.0.0.1N, set by inet_dist_connect_options in
# rel_rabbit_start) and listens for them on its distribution port (25701-25703). Isolating node N rejects, with a TCP
# reset, every packet between N's address or port and the other two nodes' (chain REL_PARTITION, hooked into INPUT):
# the established links break at once and no new one can form, while the CLI (which dials from 127.0.0.1) still
# reaches every node. Nothing else on the machine is matched: only the suite's own distribution ports.
REL_PARTITION_CHAIN=REL_PARTITION

rel_node_source() { echo "127.0.0.$((10 + $1))"; }

rel_partition() {
  local n=$1 m
  command -v iptables >/dev/null || die "iptables is not installed (run.sh installs it)"
  iptables -N "$REL_PARTITION_CHAIN" 2>/dev/null || iptables -F "$REL_PARTITION_CHAIN"
  iptables -C INPUT -j "$REL_PARTITION_CHAIN" 2>/dev/null || iptables -I INPUT -j "$REL_PARTITION_CHAIN"
  for m in "${REL_NODES[@]}"; do
    [[ "$m" == "$n" ]] && continue
    # n -> m (n dials m's port) and m's answers to n; m -> n and n's answers to m.
    iptables -A "$REL_PARTITION_CHAIN" -p tcp -s "$(rel_node_source "$n")" --dport "$(rel_dist_port "$m")" -j REJECT --reject-with tcp-reset
    iptables -A "$REL_PARTITION_CHAIN" -p tcp -d "$(rel_node_source "$n")" --sport "$(rel_dist_port "$m")" -j REJECT --reject-with tcp-reset
    iptables -A "$REL_PARTITION_CHAIN" -p tcp -s "$(rel_node_source "$m")" --dport "$(rel_dist_port "$n")" -j REJECT --reject-with tcp-reset
    iptables -A "$REL_PARTITION_CHAIN" -p tcp -d "$(rel_node_source "$m")" --sport "$(rel_dist_port "$n")" -j REJECT --reject-with tcp-reset
  done
}

rel_partition_heal() {
  command -v iptables >/dev/null || return 0
  iptables -D INPUT -j "$REL_PARTITION_CHAIN" 2>/dev/null || true
  iptables -F "$REL_PARTITION_CHAIN" 2>/dev/null || true
  iptables -X "$REL_PARTITION_CHAIN" 2>/dev/null || true
}

# How many packets the partition rejected so far (0 when there is none): proof that it cut live traffic.
rel_partition_rejected() {
  iptables -L "$REL_PARTITION_CHAIN" -v -n -x 2>/dev/null | awk 'NR > 2 { sum += $1 } END { print sum + 0 }'
}

# "true" when node N runs the rabbit application (false while pause_minority has paused it), "down" when its VM does not answer.
rel_rabbit_running() { rel_rabbitmqctl "$1" eval 'rabbit:is_running().' 2>/dev/null || echo down; }

# The nodes node N sees running, as JSON (cluster_status).
rel_rabbit_running_nodes() { rel_rabbitmqctl "$1" cluster_status --formatter json 2>/dev/null | jq -c '.running_nodes' || echo '[]'; }
