#!/usr/bin/env bash
# The issue-16 benchmark, "a campaign morning": --users distinct users each bind to a unit and play
# one contest round through POST /api/chat on one node, with SQLite or with PostgreSQL. Reports
# quiz answers/s, p50 and p99, and with PostgreSQL the statements and commits per answer
# (pg_stat_statements over the play phase, as issue 6's cluster.sh counts them). See BENCHMARKS.md
# "Contests: a campaign morning".
#
#   ./mvnw -B -q -DskipTests package  # builds unionbot.jar and the harness; this script builds nothing
#   adapters/bench/campaign.sh [--store sqlite|postgresql] [--users 10000] [--connections 32]
#       [--units 50] [--server-cpus 0] [--load-cpus 1]
#
# The node runs with --ranked-channels web,wechat,wecom, so that chat-API users' rounds count for
# the contest. Everything listens on 127.0.0.1; every process started here is stopped on exit.
# Report: adapters/target/bench-campaign/report-sqlite.md or report-postgresql.md (by --store).
set -euo pipefail
cd "$(dirname "$0")/../.."

store=sqlite users=10000 connections=32 units=50 server_cpus=0 load_cpus=1
while (($#)); do
  case $1 in
    --store) store=$2 ;;
    --users) users=$2 ;;
    --connections) connections=$2 ;;
    --units) units=$2 ;;
    --server-cpus) server_cpus=$2 ;;
    --load-cpus) load_cpus=$2 ;;
    *) echo "campaign.sh: unknown option: $1" >&2; exit 2 ;;
  esac
  shift 2
done

jar=$PWD/adapters/target/unionbot.jar
classes=$PWD/adapters/bench/target/classes
if [[ ! -f $jar || ! -f $classes/org/unionbot/bench/CampaignLoad.class ]]; then
  echo "campaign.sh: build first: ./mvnw -B -q -DskipTests package" >&2
  exit 2
fi
pgbin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)
if [[ $store == postgresql && ! -x $pgbin/postgres ]]; then
  echo "campaign.sh: needs PostgreSQL (apt-get install -y postgresql)" >&2
  exit 2
fi
for tool in taskset curl python3; do
  command -v $tool >/dev/null || { echo "campaign.sh: needs $tool" >&2; exit 2; }
done

out=$PWD/adapters/target/bench-campaign
mkdir -p "$out"
work=$(mktemp -d /tmp/unionbot-campaign-bench.XXXXXX)
chmod 755 "$work"
admin=campaign-bench-admin
children=()
pg_data=""

source "$PWD/adapters/bench/pg-lib.sh"
trap cleanup EXIT
trap 'exit 130' INT TERM

db_args=()
[[ $store == postgresql ]] && start_postgres

port=$(free_port)
taskset -c "$server_cpus" java -Xmx256m -jar "$jar" serve --port "$port" --data "$work/node" \
  --wechat-token campaignBench42 --admin-token "$admin" --chat-rate-per-minute 0 \
  --ranked-channels web,wechat,wecom "${db_args[@]}" >"$out/node-$store.out" 2>"$out/node-$store.log" &
children+=($!)
node_pid=$!
for _ in $(seq 1200); do
  grep -q '^ready on ' "$out/node-$store.out" && break
  kill -0 "$node_pid" 2>/dev/null || { echo "the node died:" >&2; tail "$out/node-$store.log" >&2; exit 1; }
  sleep 0.1
done
base=http://127.0.0.1:$port
api() { curl -sf -H "Authorization: Bearer $admin" "$@"; }

# the units and a contest running now
python3 -c "import sys; print('单位,人数'); [print(f'第{i}工会,{300}') for i in range(int(sys.argv[1]))]" "$units" \
  | api -XPUT "$base/admin/units" -H 'Content-Type: text/csv' --data-binary @- >/dev/null
start=$(python3 -c 'import datetime as d; print((d.datetime.utcnow()+d.timedelta(hours=7)).strftime("%Y-%m-%dT%H:%M"))')
end=$(python3 -c 'import datetime as d; print((d.datetime.utcnow()+d.timedelta(hours=32)).strftime("%Y-%m-%dT%H:%M"))')
contest=$(api -XPOST "$base/admin/contests" -H 'Content-Type: application/json' \
  -d "{\"title\":\"晨间竞赛\",\"startsAt\":\"$start\",\"endsAt\":\"$end\",\"roundSize\":5,\"roundsPerDay\":1}" \
  | python3 -c 'import json,sys; print(json.load(sys.stdin)["id"])')

snapshot() { # name: statements and commits
  [[ $store == postgresql ]] || return 0
  psql_at "SELECT calls, rows, regexp_replace(query, '\s+', ' ', 'g') FROM pg_stat_statements
           WHERE dbid = (SELECT oid FROM pg_database WHERE datname = 'unionbot')
           ORDER BY calls DESC" >"$out/statements-$store-$1.txt"
  psql_at "SELECT xact_commit FROM pg_stat_database WHERE datname = 'unionbot'" >"$out/commits-$store-$1.txt"
}
[[ $store == postgresql ]] && psql_at "SELECT pg_stat_statements_reset()" >/dev/null
snapshot before
set +e
taskset -c "$load_cpus" java -Xmx512m -cp "$classes:$jar" org.unionbot.bench.CampaignLoad \
  --url "$base" --admin-token "$admin" --contest "$contest" --units "$units" \
  --users "$users" --connections "$connections" | tee "$out/load-$store.tsv"
load_exit=${PIPESTATUS[0]}
set -e
snapshot after

python3 - "$out" "$store" "$load_exit" <<'PY'
import sys, pathlib
out, store, load_exit = pathlib.Path(sys.argv[1]), sys.argv[2], int(sys.argv[3])
head, row = (out / f"load-{store}.tsv").read_text().splitlines()[:2]
r = dict(zip(head.split("\t"), row.split("\t")))
answers = int(r["answers"])
lines = [f"# Campaign morning ({store})", "",
  "| users | quiz answers | seconds | answers/s | p50 ms | p99 ms | errors | rounds counted (chat / unit board) |",
  "| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |",
  f"| {r['users']} | {answers} | {r['seconds']} | **{r['answers_per_s']}** | {r['p50_ms']} | **{r['p99_ms']}** | {r['errors']} | {r['counted']} / {r['unit_rounds']} |",
  "", f"Load generator exit code: {load_exit}."]
sb, sa = out / f"statements-{store}-before.txt", out / f"statements-{store}-after.txt"
if sa.exists():
    before = {}
    for l in sb.read_text().splitlines():
        c, n, q = l.split("|", 2); before[q] = int(c)
    lines += ["", "Statements per quiz answer over the whole phase (binding and round start included):", "",
              "| calls per answer | statement |", "| ---: | --- |"]
    total = 0
    for l in sa.read_text().splitlines():
        c, n, q = l.split("|", 2)
        calls = int(c) - before.get(q, 0)
        if calls <= 0 or "pg_stat" in q: continue
        total += calls
        lines.append(f"| {calls/answers:.3f} | `{q[:150]}` |")
    ca = int((out / f"commits-{store}-before.txt").read_text()); cb = int((out / f"commits-{store}-after.txt").read_text())
    lines += ["", f"Statements per answer: **{total/answers:.2f}**; commits per answer: **{(cb-ca)/answers:.2f}**."]
(out / f"report-{store}.md").write_text("\n".join(lines) + "\n")
print("\n".join(lines))
PY
echo "(written to $out/report-$store.md)"
exit "$load_exit"
