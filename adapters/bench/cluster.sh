#!/usr/bin/env bash
# The issue-6 benchmark: POST /wechat against 1, 2 and 3 unionbot nodes sharing one PostgreSQL,
# behind nginx running adapters/deploy/nginx/unionbot.conf, and against one node directly (so the
# proxy's cost shows). See BENCHMARKS.md "Cluster: nodes behind nginx, sharing PostgreSQL".
#
#   ./mvnw -B -q -DskipTests package  # builds unionbot.jar and the harness; this script builds nothing
#   adapters/bench/cluster.sh [--runs 3] [--run-seconds 10] [--max-rounds 6] [--connections 64]
#       [--warmup-min-seconds 60] [--max-quiet-wait-seconds 120] [--server-cpus 0] [--load-cpus 1]
#       [--quiz-users 20] [--store postgresql|sqlite]
#
# It starts a throwaway PostgreSQL (Debian's binaries, as the postgres user when run as root;
# fsync and synchronous_commit on, as in production, plus pg_stat_statements), 3 nodes
# (java -Xmx256m -jar unionbot.jar serve --db ...) and 3 nginx instances in front of 1, 2 and 3 of
# them, all pinned to --server-cpus; the load generator (org.unionbot.bench.WeChatLoad: signed
# plaintext pushes, a new openid in the query string and a new MsgId each) runs pinned to
# --load-cpus and alternates its rounds between the 4 targets. Then it plays quiz rounds through
# the chat API to count the database statements of an answer. Everything listens on 127.0.0.1;
# every process started here is stopped on exit. Report: adapters/target/bench-cluster/report.md.
set -euo pipefail
cd "$(dirname "$0")/../.."

runs=3 run_seconds=10 max_rounds=6 connections=64 warmup_min=60 quiet=120
server_cpus=0 load_cpus=1 quiz_users=20 store=postgresql
while (($#)); do
  case $1 in
    --runs) runs=$2 ;;
    --run-seconds) run_seconds=$2 ;;
    --max-rounds) max_rounds=$2 ;;
    --connections) connections=$2 ;;
    --warmup-min-seconds) warmup_min=$2 ;;
    --max-quiet-wait-seconds) quiet=$2 ;;
    --server-cpus) server_cpus=$2 ;;
    --load-cpus) load_cpus=$2 ;;
    --quiz-users) quiz_users=$2 ;;
    --store) store=$2 ;;
    *) echo "cluster.sh: unknown option: $1" >&2; exit 2 ;;
  esac
  shift 2
done

jar=$PWD/adapters/target/unionbot.jar
classes=$PWD/adapters/bench/target/classes
if [[ ! -f $jar || ! -f $classes/org/unionbot/bench/WeChatLoad.class ]]; then
  echo "cluster.sh: build first: ./mvnw -B -q -DskipTests package" >&2
  exit 2
fi
nginx=$(command -v nginx || echo /usr/sbin/nginx)
pgbin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)
if [[ ! -x $nginx ]]; then echo "cluster.sh: needs nginx (apt-get install -y nginx)" >&2; exit 2; fi
if [[ $store == postgresql && ! -x $pgbin/postgres ]]; then
  echo "cluster.sh: needs PostgreSQL (apt-get install -y postgresql)" >&2
  exit 2
fi
for tool in taskset curl python3; do
  command -v $tool >/dev/null || { echo "cluster.sh: needs $tool" >&2; exit 2; }
done

out=$PWD/adapters/target/bench-cluster
rm -rf "$out" && mkdir -p "$out"
work=$(mktemp -d /tmp/unionbot-cluster-bench.XXXXXX)
chmod 755 "$work"
token=unionbotBench42
admin=cluster-bench-admin
children=()
pg_data=""

source "$PWD/adapters/bench/pg-lib.sh"
trap cleanup EXIT
trap 'exit 130' INT TERM


# --- PostgreSQL ---------------------------------------------------------------------------------
db_args=()
pg_tree=""
[[ $store == postgresql ]] && start_postgres

# --- 3 nodes, started together -------------------------------------------------------------------
node_port=() node_pid=()
for i in 1 2 3; do
  port=$(free_port)
  taskset -c "$server_cpus" java -Xmx256m -jar "$jar" serve --port "$port" --data "$work/node$i" \
    --wechat-token "$token" --admin-token "$admin" --trusted-proxies 127.0.0.1 \
    --chat-rate-per-minute 0 "${db_args[@]}" \
    >"$out/node$i.out" 2>"$out/node$i.log" &
  children+=($!)
  node_port[i]=$port
  node_pid[i]=$!
done
for i in 1 2 3; do
  for _ in $(seq 1200); do
    grep -q '^ready on ' "$out/node$i.out" && break
    kill -0 "${node_pid[i]}" 2>/dev/null || { echo "node $i died:" >&2; tail "$out/node$i.log" >&2; exit 1; }
    sleep 0.1
  done
  grep -q '^ready on ' "$out/node$i.out" || { echo "node $i not ready in 2 min" >&2; exit 1; }
done
echo "nodes ready on ports ${node_port[*]}"

# --- nginx in front of 1, 2 and 3 of them -------------------------------------------------------
nginx_port=() nginx_pid=()
for n in 1 2 3; do
  dir=$work/nginx$n
  mkdir -p "$dir/temp"
  port=$(free_port)
  awk -v n="$n" -v ports="${node_port[1]} ${node_port[2]} ${node_port[3]}" -v listen="$port" '
    BEGIN { split(ports, p, " ") }
    /server 127\.0\.0\.1:808[123] / { k++; if (k <= n) sub(/127\.0\.0\.1:808[123]/, "127.0.0.1:" p[k]); else $0 = "#" $0 }
    /^    listen 80;$/ { $0 = "    listen 127.0.0.1:" listen ";" }
    { print }' adapters/deploy/nginx/unionbot.conf >"$dir/unionbot.conf"
  {
    [[ $(id -u) == 0 ]] && echo "user root;"
    echo "worker_processes 1;"
    echo "error_log $dir/error.log;"
    echo "events { worker_connections 1024; }"
    echo "http {"
    echo "  access_log off;"
    for t in client_body proxy fastcgi uwsgi scgi; do echo "  ${t}_temp_path $dir/temp/$t;"; done
    echo "  include $dir/unionbot.conf;"
    echo "}"
  } >"$dir/nginx.conf"
  taskset -c "$server_cpus" "$nginx" -p "$dir" -c "$dir/nginx.conf" \
    -g "daemon off; pid $dir/nginx.pid;" >"$out/nginx$n.log" 2>&1 &
  children+=($!)
  nginx_port[n]=$port
  nginx_pid[n]=$!
  for _ in $(seq 100); do
    curl -sf "http://127.0.0.1:$port/healthz" >/dev/null && break
    sleep 0.1
  done
done

pids() { local IFS=+; echo "$*${pg_tree:++$pg_tree}"; }
targets=(
  --target "name=direct-1,url=http://127.0.0.1:${node_port[1]},pid=$(pids "${node_pid[1]}")"
  --target "name=nginx-1,url=http://127.0.0.1:${nginx_port[1]},pid=$(pids "${nginx_pid[1]}" "${node_pid[1]}")"
  --target "name=nginx-2,url=http://127.0.0.1:${nginx_port[2]},pid=$(pids "${nginx_pid[2]}" "${node_pid[1]}" "${node_pid[2]}")"
  --target "name=nginx-3,url=http://127.0.0.1:${nginx_port[3]},pid=$(pids "${nginx_pid[3]}" "${node_pid[@]}")"
)

db_snapshot() { # name: statements (calls, rows, query) and the database's commits
  [[ $store == postgresql ]] || return 0
  psql_at "SELECT calls, rows, regexp_replace(query, '\s+', ' ', 'g') FROM pg_stat_statements
           WHERE dbid = (SELECT oid FROM pg_database WHERE datname = 'unionbot')
           ORDER BY calls DESC" >"$out/statements-$1.txt"
  psql_at "SELECT xact_commit FROM pg_stat_database WHERE datname = 'unionbot'" >"$out/commits-$1.txt"
}

cpu_snapshot() { # name: CPU seconds of each part (with its children) so far
  local part pid
  for part in "node1 ${node_pid[1]}" "node2 ${node_pid[2]}" "node3 ${node_pid[3]}" \
    "nginx ${nginx_pid[1]} ${nginx_pid[2]} ${nginx_pid[3]}" ${pg_tree:+"postgresql $pg_tree"}; do
    set -- $part
    local name=$1 ticks=0
    shift
    for pid in "$@" $(for p in "$@"; do pgrep -P "$p"; pgrep -P "$(pgrep -P "$p" | head -1)" 2>/dev/null; done); do
      [[ -r /proc/$pid/stat ]] || continue
      ticks=$((ticks + $(sed 's/.*) //' "/proc/$pid/stat" | awk '{print $12 + $13}')))
    done
    echo "$name $ticks"
  done >"$out/cpu-$1.txt"
}

# --- the load -----------------------------------------------------------------------------------
[[ $store == postgresql ]] && psql_at "SELECT pg_stat_statements_reset()" >/dev/null
db_snapshot before-load
cpu_snapshot before-load
set +e
taskset -c "$load_cpus" java -Xmx1g -cp "$classes:$jar" org.unionbot.bench.WeChatLoad \
  --token "$token" --qa knowledge/src/test/resources/qa/qa-dev.tsv --out "$out/load.tsv" \
  --connections "$connections" --runs "$runs" --run-seconds "$run_seconds" \
  --max-rounds "$max_rounds" --warmup-min-seconds "$warmup_min" \
  --max-quiet-wait-seconds "$quiet" "${targets[@]}" | tee "$out/load.txt"
load_exit=${PIPESTATUS[0]}
set -e
sleep 2 # the question log writes its last batch
cpu_snapshot after-load
db_snapshot after-load

# --- quiz answers, for their statements ---------------------------------------------------------
if [[ $store == postgresql ]]; then
  psql_at "SELECT pg_stat_statements_reset()" >/dev/null
  db_snapshot before-quiz
  answers=0
  for u in $(seq "$quiz_users"); do
    for text in 答题 A A A A A; do
      curl -sf -XPOST "http://127.0.0.1:${nginx_port[3]}/api/chat" -H "X-Unionbot-User: quiz-$u" \
        -d "{\"user\":\"bench-quiz-$u\",\"text\":\"$text\"}" >>"$out/quiz.jsonl"
      echo >>"$out/quiz.jsonl"
    done
    answers=$((answers + 5))
  done
  sleep 2
  db_snapshot after-quiz
fi

# --- report -------------------------------------------------------------------------------------
SERVER_CPUS=$server_cpus python3 - "$out" "$store" "$load_exit" "${quiz_users}" <<'EOF'
import statistics, sys, pathlib, platform, os
out, store, load_exit, quiz_users = pathlib.Path(sys.argv[1]), sys.argv[2], int(sys.argv[3]), int(sys.argv[4])
rows = [l.split("\t") for l in (out / "load.tsv").read_text().splitlines()]
head = rows[0]
rows = [dict(zip(head, r)) for r in rows[1:] if r[0] in ("warmup", "run")]
runs = [r for r in rows if r["kind"] == "run"]
clean = [r for r in runs if float(r["other_cpu"]) <= 0.10 and float(r["steal"]) <= 0.10]
order = ["direct-1", "nginx-1", "nginx-2", "nginx-3"]
def med(name, key, rs):
    v = [float(r[key]) for r in rs if r["target"] == name]
    return statistics.median(v) if v else float("nan")
lines = ["# Cluster benchmark", "",
  f"Store: {store}. Server side pinned to CPUs {os.environ.get('SERVER_CPUS','')}; load generator "
  f"to others. {len(clean)} of {len(runs)} runs undisturbed (other processes and steal at most 10% "
  "of a core); medians of those (of all runs when none was).", "",
  "| target | undisturbed runs | req/s | p50 ms | p99 ms | server CPU (nodes, nginx, PostgreSQL) | load generator CPU | errors |",
  "| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |"]
rates = {}
for name in order:
    rs = [r for r in clean if r["target"] == name]
    mark = ""
    if not rs:
        rs, mark = [r for r in runs if r["target"] == name], " (all disturbed)"
    if not rs: continue
    rates[name] = med(name, "req_per_s", rs)
    lines.append(f"| {name} | {len(rs)}{mark} | {rates[name]:,.0f} | {med(name,'p50_us',rs)/1000:.2f} | "
                 f"{med(name,'p99_us',rs)/1000:.2f} | {100*med(name,'server_cpu',rs):.0f}% | "
                 f"{100*med(name,'load_cpu',rs):.0f}% | {sum(int(r['errors']) for r in runs if r['target']==name)} |")
if "direct-1" in rates and "nginx-1" in rates:
    lines += ["", f"nginx → one node / one node directly: **{rates['nginx-1']/rates['direct-1']:.3f}**"]
total = sum(int(r["requests"]) for r in rows)
lines += ["", f"Pushes in all (warm-up included): {total:,}. Load generator exit code: {load_exit}."]
def stmts(a, b, per, label):
    if not (out / f"statements-{b}.txt").exists(): return []
    before = {}
    for l in (out / f"statements-{a}.txt").read_text().splitlines():
        c, n, q = l.split("|", 2); before[q] = (int(c), int(n))
    res = [f"", f"### Database statements per {label} ({per:,} of them)", "",
           "| calls per " + label + " | rows per call | statement |", "| ---: | ---: | --- |"]
    for l in (out / f"statements-{b}.txt").read_text().splitlines():
        c, n, q = l.split("|", 2); c0, n0 = before.get(q, (0, 0))
        calls, nrows = int(c) - c0, int(n) - n0
        if calls <= 0 or "pg_stat" in q: continue
        res.append(f"| {calls/per:.3f} | {nrows/calls:.1f} | `{q[:160]}` |")
    ca = int((out / f"commits-{a}.txt").read_text()); cb = int((out / f"commits-{b}.txt").read_text())
    res += ["", f"Commits per {label}: {(cb-ca)/per:.3f}."]
    return res
if (out / "cpu-after-load.txt").exists():
    before = dict(l.split() for l in (out / "cpu-before-load.txt").read_text().splitlines())
    lines += ["", "### CPU per push, by part (whole load, warm-up included)", "",
              "| part | CPU seconds | µs per push |", "| --- | ---: | ---: |"]
    for l in (out / "cpu-after-load.txt").read_text().splitlines():
        name, ticks = l.split()
        sec = (int(ticks) - int(before.get(name, 0))) / 100
        lines.append(f"| {name} | {sec:,.1f} | {1e6 * sec / total:.0f} |")
lines += stmts("before-load", "after-load", total, "push")
lines += stmts("before-quiz", "after-quiz", quiz_users * 5, "quiz answer")
(out / "report.md").write_text("\n".join(lines) + "\n")
print("\n".join(lines))
EOF
echo "(written to $out/report.md)"
exit "$load_exit"
