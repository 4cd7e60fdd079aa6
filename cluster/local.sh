#!/usr/bin/env bash
# A real multi-node Ray cluster on one machine: a head node and N worker nodes, each its own
# raylet with its own resources, for trying `medadapt submit` before a real cluster.
#
#   cluster/local.sh start [N_WORKERS=1]   # prints the dashboard address to submit to
#   cluster/local.sh stop
#   cluster/local.sh status
#
# Uses the project's .venv (make venv) so head, workers and job drivers run the same code.
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$(pwd)
export PATH="$ROOT/.venv/bin:$PATH" RAY_USAGE_STATS_ENABLED=0
# Ray 2.60 turns on token authentication for new clusters; every node and client needs it.
export RAY_AUTH_MODE=${RAY_AUTH_MODE:-token}
GCS_PORT=${MEDADAPT_GCS_PORT:-6390}
DASHBOARD_PORT=${MEDADAPT_DASHBOARD_PORT:-8265}
CPUS_PER_NODE=${MEDADAPT_CPUS_PER_NODE:-1}
HEAD_CPUS=${MEDADAPT_HEAD_CPUS:-$CPUS_PER_NODE}  # 0: the head only coordinates (benchmarks)
OBJECT_STORE=${MEDADAPT_OBJECT_STORE_BYTES:-300000000}
TMP_DIR=${MEDADAPT_RAY_TMP:-/tmp/medadapt-ray}

setsid_ray() {  # `ray ARGS` as the leader of a new session, whose id it records
  setsid --wait bash -c 'echo $$ >> "$0/sessions"; exec ray "$@"' "$TMP_DIR" "$@"
}

# Each node gets its own temp dir, as separate machines would: nodes sharing one would also
# share the runtime-env cache and unpack a job's working_dir over the driver's feet.
start() {
  local workers=${1:-1}
  mkdir -p "$TMP_DIR"
  : > "$TMP_DIR/sessions"
  # Each node starts in its own session so `stop` can end exactly its processes, including
  # agents that rename themselves (ray::DashboardAgent) and cannot be found by command line.
  setsid_ray start --head --port="$GCS_PORT" --dashboard-host=127.0.0.1 \
    --dashboard-port="$DASHBOARD_PORT" --num-cpus="$HEAD_CPUS" --num-gpus=0 \
    --object-store-memory="$OBJECT_STORE" --resources='{"head": 1}' \
    --temp-dir="$TMP_DIR" --disable-usage-stats >/dev/null
  for i in $(seq 1 "$workers"); do
    setsid_ray start --address="127.0.0.1:$GCS_PORT" --num-cpus="$CPUS_PER_NODE" --num-gpus=0 \
      --object-store-memory="$OBJECT_STORE" --resources="{\"cpu_worker\": 1, \"worker_$i\": 1}" \
      --temp-dir="$TMP_DIR/worker-$i" --disable-usage-stats >/dev/null
  done
  wait_for_nodes $((workers + 1))
  echo "ray cluster up: 1 head + $workers worker node(s); submit with"
  echo "  medadapt submit jobs/demo.yaml --address http://127.0.0.1:$DASHBOARD_PORT"
}

wait_for_nodes() {
  local want=$1
  for _ in $(seq 1 60); do
    local have
    have=$(python - "$GCS_PORT" <<'PY' 2>/dev/null || echo 0
import sys, ray
ray.init(address=f"127.0.0.1:{sys.argv[1]}", logging_level="ERROR", log_to_driver=False)
print(sum(1 for n in ray.nodes() if n["Alive"]))
PY
)
    [ "$have" -ge "$want" ] && return 0
    sleep 1
  done
  echo "cluster did not reach $want nodes" >&2
  return 1
}

# Stops only this cluster's processes (the sessions its nodes were started in), not other
# Ray instances on the machine.
stop() {
  [ -f "$TMP_DIR/sessions" ] || { echo "no cluster recorded in $TMP_DIR"; return 0; }
  local sids
  sids=$(tr '\n' ' ' < "$TMP_DIR/sessions")
  for sid in $sids; do pkill -TERM -s "$sid" 2>/dev/null || true; done
  for _ in $(seq 1 20); do
    local alive=0
    for sid in $sids; do pgrep -s "$sid" >/dev/null && alive=1; done
    [ "$alive" = 0 ] && break
    sleep 0.5
  done
  for sid in $sids; do pkill -KILL -s "$sid" 2>/dev/null || true; done
  rm -f "$TMP_DIR/sessions"
  echo "ray cluster stopped"
}

case "${1:-}" in
  start) start "${2:-1}" ;;
  stop) stop ;;
  status) ray status --address="127.0.0.1:$GCS_PORT" ;;
  *) echo "usage: $0 start [N_WORKERS] | stop | status" >&2; exit 2 ;;
esac
