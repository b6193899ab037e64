#!/usr/bin/env bash
# Issue 17's benchmark: /wecom encrypted pushes against /wechat safe-mode pushes on one server, in
# the same run; see BENCHMARKS.md.
#
#   ./mvnw -B -q -DskipTests package  # builds unionbot.jar and the harness; this script builds nothing
#   adapters/bench/wecom-load.sh [--runs 5] [--run-seconds 10] [--max-rounds 15] [--connections 64]
#       [--warmup-seconds 5] [--warmup-min-seconds 120] [--max-quiet-wait-seconds 600]
#       [--semantic on|off] [--qa FILE] [--out DIR]
#
# Needs Linux, taskset and at least 2 cores (the server on core 0, the load generator on core 1).
# Listens on 127.0.0.1 only, stops every process it started, writes
# adapters/target/wecom-bench/report.md (or to --out).
set -euo pipefail
cd "$(dirname "$0")/../.."

jar=adapters/target/unionbot.jar
classes=adapters/bench/target/classes
if [[ ! -f $jar || ! -f $classes/org/unionbot/bench/SealedBench.class ]]; then
  echo "wecom-load.sh: build first: ./mvnw -B -q -DskipTests package" >&2
  exit 2
fi
if ! command -v taskset >/dev/null || (( $(nproc) < 2 )); then
  echo "wecom-load.sh: needs taskset and at least 2 cores" >&2
  exit 2
fi

# The harness runs from the unionbot-bench module's classes (adapters/bench/src); the shaded jar
# holds every library it needs at run time (Netty, the server's MessageCrypto and Signature).
classpath="$PWD/$classes:$PWD/$jar"
exec java -Xmx512m -cp "$classpath" org.unionbot.bench.SealedBench \
  --jar "$jar" --classpath "$classpath" \
  --qa knowledge/src/test/resources/qa/qa-dev.tsv \
  --out adapters/target/wecom-bench "$@"
