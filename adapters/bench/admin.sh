#!/usr/bin/env bash
# The issue-5 benchmark: chat questions with and without back-to-back admin updates, and what an
# update costs, see BENCHMARKS.md.
#
#   ./mvnw -B -q -DskipTests package  # builds unionbot.jar and the harness; this script builds nothing
#   adapters/bench/admin.sh [--seconds 15] [--clients 8]
#
# Server on core 0, load generator on core 1. Listens on 127.0.0.1 only; writes
# adapters/target/bench/admin.md.
set -euo pipefail
cd "$(dirname "$0")/../.."

jar=adapters/target/unionbot.jar
classes=adapters/bench/target/classes
if [[ ! -f $jar || ! -f $classes/org/unionbot/bench/AdminUpdateBench.class ]]; then
  echo "admin.sh: build first: ./mvnw -B -q -DskipTests package" >&2
  exit 2
fi
if ! command -v taskset >/dev/null || (( $(nproc) < 2 )); then
  echo "admin.sh: needs taskset and at least 2 cores" >&2
  exit 2
fi
# The harness runs from the unionbot-bench module's classes (adapters/bench/src); the shaded jar
# holds every library it needs at run time. The notice is the one the admin tests upload.
exec taskset -c 1 java -Xmx512m -cp "$PWD/$classes:$PWD/$jar" org.unionbot.bench.AdminUpdateBench \
  --jar "$jar" --server-cpu 0 --notice adapters/src/test/resources/admin/reading-month.txt \
  --out adapters/target/bench "$@"
