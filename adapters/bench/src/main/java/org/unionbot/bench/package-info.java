/**
 * The load and benchmark harness (module {@code unionbot-bench}, {@code adapters/bench}) that the
 * scripts beside its pom run: the throughput benchmarks of {@code POST /wechat} (issue 3) and of
 * mixed {@code POST /api/chat} traffic (issue 11), admin updates under load (issue 5) and the
 * cluster's load generator (issue 6); see {@code BENCHMARKS.md}. Not part of the product: nothing
 * here is in the shipped jar, and {@code mvn verify} runs only the harness's own unit tests.
 *
 * <ul>
 *   <li>{@link org.unionbot.bench.BenchRunner}: the one command. It measures the {@code ready}
 *       time, starts unionbot and {@link org.unionbot.bench.BareNettyServer} pinned to core 0, runs
 *       {@link org.unionbot.bench.WeChatLoad} pinned to core 1, and stops everything it started.
 *   <li>{@link org.unionbot.bench.WeChatLoad}: a closed-loop Netty load generator that sends signed
 *       plaintext pushes ({@link org.unionbot.bench.WeChatPush}) and checks every reply ({@link
 *       org.unionbot.bench.ReplyCheck}).
 *   <li>{@link org.unionbot.bench.BareNettyServer}: the reference, a Netty server that answers a
 *       fixed reply without parsing anything.
 * </ul>
 *
 * <p>Everything talks over loopback only.
 */
package org.unionbot.bench;
