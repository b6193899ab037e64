package org.unionbot.server;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;
import org.unionbot.core.Bot;
import org.unionbot.core.admin.Admin;
import org.unionbot.knowledge.KnowledgeBase;

/** A real server with its store in a data directory, as {@code serve} runs it, for the ITs. */
final class AdminServer implements AutoCloseable {
  static final String TOKEN = "admin-test-token";

  final Admin admin;
  final UnionbotServer server;

  private AdminServer(Admin admin, UnionbotServer server) {
    this.admin = admin;
    this.server = server;
  }

  static AdminServer start(Path dataDir) throws IOException {
    return start(dataDir, ServerConfig.Limits.DEFAULTS);
  }

  /** A server with these limits (trusted proxies, rate limits, timeouts). */
  static AdminServer start(Path dataDir, ServerConfig.Limits limits) throws IOException {
    return start(
        ServerConfig.loopback(dataDir, "wx-token").withAdminToken(TOKEN).withLimits(limits));
  }

  /** A server whose store is the PostgreSQL database at {@code url}, as {@code serve --db}. */
  static AdminServer onPostgres(Path dataDir, String url) throws IOException {
    return start(ServerConfig.loopback(dataDir, "wx-token").withAdminToken(TOKEN).withDb(url));
  }

  /**
   * A server with this configuration (the WeChat and WeCom APIs it calls, say) and a store in its
   * data directory.
   */
  static AdminServer start(ServerConfig config) throws IOException {
    Admin admin =
        Admin.open(
            config.store(),
            KnowledgeBase.bundledNotice(),
            Clock.systemUTC(),
            Bot.Settings.defaults().zone());
    Bot bot =
        new Bot(
            admin.knowledge(),
            admin.scores(),
            Bot.Settings.defaults(),
            admin.questionLog(),
            org.unionbot.core.intent.Referral.fixed(),
            java.util.Optional.of(admin.contests()));
    return new AdminServer(admin, UnionbotServer.start(config, bot, admin));
  }

  URI uri() {
    return server.uri();
  }

  AdminClient client() {
    return new AdminClient(uri(), TOKEN);
  }

  @Override
  public void close() {
    server.close();
    admin.close();
  }
}
