#!/usr/bin/env bash
# Issue 11's benchmark: mixed POST /api/chat traffic against several servers (jars and serve flags),
# e.g. with and without the per-address limits; see BENCHMARKS.md "Mixed chat load".
#
#   ./mvnw -B -q -DskipTests package  # builds unionbot.jar and the harness; this script builds nothing
#   adapters/bench/chat-load.sh \
#       --target name=before,jar=/path/to/unionbot-before.jar \
#       --target name=limits-off,flags="--some-flag off" \
#       --target name=limits-on,flags="--some-flag on --other-flag 127.0.0.1" \
#       [--runs 3] [--run-seconds 60] [--max-rounds 3 x runs] [--connections 64] [--users 2000]
#       [--seed 11] [--warmup-seconds 5] [--warmup-min-seconds 120] [--max-quiet-wait-seconds 600]
#       [--allow-429] [--jar JAR] [--qa FILE] [--out DIR]
#
# A target is name=NAME[,jar=PATH][,flags=FLAGS]: FLAGS (last, the rest of the spec, commas included)
# go to `serve` after --port 0 --data TMP, split at spaces, quotes keeping a value together. Without
# jar=, adapters/target/unionbot.jar. The first target is the one the others are compared with.
#
# Needs Linux, taskset and at least 2 cores (servers on core 0, load generator on core 1). Listens
# on 127.0.0.1 only, stops every process it started, writes adapters/target/chat-bench/report.md
# and summary.tsv (or to --out).
set -euo pipefail
cd "$(dirname "$0")/../.."

jar=adapters/target/unionbot.jar
classes=adapters/bench/target/classes
if [[ ! -f $jar || ! -f $classes/org/unionbot/bench/ChatBench.class ]]; then
  echo "chat-load.sh: build first: ./mvnw -B -q -DskipTests package" >&2
  exit 2
fi
if ! command -v taskset >/dev/null || (( $(nproc) < 2 )); then
  echo "chat-load.sh: needs taskset and at least 2 cores" >&2
  exit 2
fi

# The harness runs from the unionbot-bench module's classes (adapters/bench/src); the shaded jar
# holds every library it needs at run time (Netty, Jackson, the server's ChatJson).
classpath="$PWD/$classes:$PWD/$jar"
exec java -Xmx512m -cp "$classpath" org.unionbot.bench.ChatBench \
  --jar "$jar" --classpath "$classpath" \
  --qa knowledge/src/test/resources/qa/qa-dev.tsv \
  --out adapters/target/chat-bench "$@"
