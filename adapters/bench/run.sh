#!/usr/bin/env bash
# The issue-3 benchmark of POST /wechat: unionbot against a bare Netty server, see BENCHMARKS.md.
#
#   ./mvnw -B -q -DskipTests package  # builds unionbot.jar and the harness; this script builds nothing
#   adapters/bench/run.sh [--runs 5] [--run-seconds 10] [--max-rounds 15] [--connections 64]
#       [--warmup-seconds 5] [--warmup-min-seconds 120] [--max-quiet-wait-seconds 600]
#       [--ready-launches 5] [--qa FILE] [--jfr]
#
# Needs Linux, taskset and at least 2 cores (servers on core 0, load generator on core 1). Listens
# on 127.0.0.1 only, stops every process it started, writes adapters/target/bench/report.md.
set -euo pipefail
cd "$(dirname "$0")/../.."

jar=adapters/target/unionbot.jar
classes=adapters/bench/target/classes
if [[ ! -f $jar || ! -f $classes/org/unionbot/bench/BenchRunner.class ]]; then
  echo "run.sh: build first: ./mvnw -B -q -DskipTests package" >&2
  exit 2
fi
if ! command -v taskset >/dev/null || (( $(nproc) < 2 )); then
  echo "run.sh: needs taskset and at least 2 cores" >&2
  exit 2
fi

# The harness runs from the unionbot-bench module's classes (adapters/bench/src); the shaded jar
# holds every library it needs at run time (Netty, the server's Signature and WeChatXml).
classpath="$PWD/$classes:$PWD/$jar"
exec java -Xmx512m -cp "$classpath" org.unionbot.bench.BenchRunner \
  --jar "$jar" --classpath "$classpath" \
  --qa knowledge/src/test/resources/qa/qa-dev.tsv \
  --out adapters/target/bench "$@"
