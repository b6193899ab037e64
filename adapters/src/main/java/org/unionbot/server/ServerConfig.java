package org.unionbot.server;

import java.net.URI;
import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;
import org.unionbot.core.store.PostgresDatabase;
import org.unionbot.core.store.StoreConfig;
import org.unionbot.wechat.WeChatConfig;

/**
 * Everything {@code serve} needs, loaded once at startup by {@link ConfigLoader} (flags &gt;
 * environment &gt; config file &gt; defaults) or built in code by tests and benchmarks. Immutable;
 * {@link #toString()} never shows a secret.
 *
 * @param host the address to listen on, e.g. {@code 127.0.0.1}
 * @param port the port to listen on; 0 picks a free one ({@link UnionbotServer#port()} tells which)
 * @param dataDir the data directory (generated secrets live here)
 * @param wechat the WeChat account settings
 * @param adminToken the bearer token for {@code /admin}
 * @param notice a notice file to seed the knowledge base with instead of the bundled notice
 * @param db a PostgreSQL JDBC URL to share with other nodes; empty for SQLite in {@code dataDir}
 * @param dbPassword the PostgreSQL password, when not in the URL; never shown
 * @param semantic semantic recall by the embedding model, whose native libraries go under {@link
 *     #nativeDir()}; false for lexical recall only
 */
public record ServerConfig(
    String host,
    int port,
    Path dataDir,
    WeChatConfig wechat,
    String adminToken,
    Optional<Path> notice,
    Optional<String> db,
    Optional<String> dbPassword,
    boolean semantic) {

  public static final String DEFAULT_HOST = "127.0.0.1";
  public static final int DEFAULT_PORT = 8080;
  public static final Path DEFAULT_DATA = Path.of("data");
  public static final boolean DEFAULT_SEMANTIC = true;

  /** The subdirectory of the data directory that holds the native libraries of semantic recall. */
  static final String NATIVE_DIR = "native";

  public ServerConfig {
    Objects.requireNonNull(host, "host");
    Objects.requireNonNull(dataDir, "dataDir");
    Objects.requireNonNull(wechat, "wechat");
    Objects.requireNonNull(adminToken, "adminToken");
    Objects.requireNonNull(notice, "notice");
    Objects.requireNonNull(db, "db");
    Objects.requireNonNull(dbPassword, "dbPassword");
    db.ifPresent(PostgresDatabase::requireUrl);
    if (host.isBlank()) {
      throw new IllegalArgumentException("host must not be empty");
    }
    if (port < 0 || port > 65_535) {
      throw new IllegalArgumentException("port must be from 0 to 65535 (0 picks a free port)");
    }
    if (adminToken.isBlank()) {
      throw new IllegalArgumentException("the admin token must not be empty");
    }
  }

  /** A configuration on SQLite in {@code dataDir}, with semantic recall. */
  public ServerConfig(
      String host,
      int port,
      Path dataDir,
      WeChatConfig wechat,
      String adminToken,
      Optional<Path> notice) {
    this(
        host,
        port,
        dataDir,
        wechat,
        adminToken,
        notice,
        Optional.empty(),
        Optional.empty(),
        DEFAULT_SEMANTIC);
  }

  /** The database: PostgreSQL at {@link #db} when set, else SQLite in the data directory. */
  public StoreConfig store() {
    return new StoreConfig(dataDir, db, dbPassword);
  }

  /** Where the native libraries of semantic recall are unpacked: {@code DATA/native}. */
  public Path nativeDir() {
    return nativeDir(dataDir);
  }

  /** {@code native} under a data directory: {@link #nativeDir()} for the offline commands. */
  static Path nativeDir(Path dataDir) {
    return dataDir.resolve(NATIVE_DIR);
  }

  /** This configuration on the PostgreSQL database at {@code url} (password in it, or none). */
  public ServerConfig withDb(String url) {
    return new ServerConfig(
        host, port, dataDir, wechat, adminToken, notice, Optional.of(url), dbPassword, semantic);
  }

  /**
   * Loopback on a free port, plaintext WeChat with {@code wechatToken}: for tests and benchmarks.
   */
  public static ServerConfig loopback(Path dataDir, String wechatToken) {
    return new ServerConfig(
        DEFAULT_HOST,
        0,
        dataDir,
        WeChatConfig.plaintext(wechatToken),
        "admin-" + wechatToken,
        Optional.empty());
  }

  public ServerConfig withPort(int port) {
    return new ServerConfig(
        host, port, dataDir, wechat, adminToken, notice, db, dbPassword, semantic);
  }

  public ServerConfig withAdminToken(String adminToken) {
    return new ServerConfig(
        host, port, dataDir, wechat, adminToken, notice, db, dbPassword, semantic);
  }

  public ServerConfig withWeChat(WeChatConfig wechat) {
    return new ServerConfig(
        host, port, dataDir, wechat, adminToken, notice, db, dbPassword, semantic);
  }

  /** {@code http://host:port} for a port, with IPv6 literals in brackets. */
  static URI uri(String host, int port) {
    String h = host.contains(":") && !host.startsWith("[") ? "[" + host + "]" : host;
    return URI.create("http://" + h + ":" + port);
  }

  @Override
  public String toString() {
    return "ServerConfig["
        + uri(host, port)
        + ", data="
        + dataDir
        + ", "
        + wechat
        + ", notice="
        + notice.map(Path::toString).orElse("bundled")
        + ", db="
        + db.map(PostgresDatabase::redact).orElse("sqlite")
        + ", semantic="
        + (semantic ? "on" : "off")
        + "]";
  }
}
