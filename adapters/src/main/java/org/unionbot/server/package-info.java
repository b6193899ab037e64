/**
 * The command line and the server behind it.
 *
 * <ul>
 *   <li>{@link org.unionbot.server.Main} with the {@code serve} and {@code ask} commands;
 *   <li>{@code Settings}, the one table of settings, whose flags every command takes through {@code
 *       SettingOptions}; {@link org.unionbot.server.ServerConfig}, loaded by {@code ConfigLoader}
 *       (flags &gt; environment &gt; config file &gt; defaults) with generated {@code Secrets};
 *   <li>{@link org.unionbot.server.UnionbotServer} and its Netty trio ({@code
 *       UnionbotServerInitializer} builds the pipeline, {@code UnionbotServerHandler} routes each
 *       request to an {@link org.unionbot.http.Endpoint} on a worker executor and writes the
 *       response); {@code ServerRoutes} builds the endpoints, {@code ServerThreads}, {@code
 *       ProcessMetrics} and {@code ServerShutdown} its executors, meters and graceful stop; {@code
 *       RouteTable} lists every route, admin API included, in one table; {@code /healthz} and
 *       {@code /metrics} live here too.
 * </ul>
 *
 * <p>Tests and benchmarks start a server with {@link
 * org.unionbot.server.UnionbotServer#start(ServerConfig, org.unionbot.core.Bot)} and {@link
 * org.unionbot.server.ServerConfig#loopback}.
 */
package org.unionbot.server;
