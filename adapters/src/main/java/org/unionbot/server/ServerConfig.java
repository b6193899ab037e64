package org.unionbot.server;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.unionbot.core.UserId;
import org.unionbot.core.store.PostgresDatabase;
import org.unionbot.core.store.Retention;
import org.unionbot.core.store.StoreConfig;
import org.unionbot.wechat.WeChatConfig;
import org.unionbot.wecom.WeComConfig;

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
 * @param limits what the server takes from clients, and the stats and ranking settings
 * @param wecom the WeCom app, when {@code /wecom} is on
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
    boolean semantic,
    Limits limits,
    Optional<WeComConfig> wecom) {

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
    Objects.requireNonNull(limits, "limits");
    Objects.requireNonNull(wecom, "wecom");
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

  /** A configuration without WeCom. */
  public ServerConfig(
      String host,
      int port,
      Path dataDir,
      WeChatConfig wechat,
      String adminToken,
      Optional<Path> notice,
      Optional<String> db,
      Optional<String> dbPassword,
      boolean semantic,
      Limits limits) {
    this(
        host,
        port,
        dataDir,
        wechat,
        adminToken,
        notice,
        db,
        dbPassword,
        semantic,
        limits,
        Optional.empty());
  }

  /** A configuration with the default {@link Limits}. */
  public ServerConfig(
      String host,
      int port,
      Path dataDir,
      WeChatConfig wechat,
      String adminToken,
      Optional<Path> notice,
      Optional<String> db,
      Optional<String> dbPassword,
      boolean semantic) {
    this(
        host, port, dataDir, wechat, adminToken, notice, db, dbPassword, semantic, Limits.DEFAULTS);
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
        host,
        port,
        dataDir,
        wechat,
        adminToken,
        notice,
        Optional.of(url),
        dbPassword,
        semantic,
        limits,
        wecom);
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
        host, port, dataDir, wechat, adminToken, notice, db, dbPassword, semantic, limits, wecom);
  }

  public ServerConfig withAdminToken(String adminToken) {
    return new ServerConfig(
        host, port, dataDir, wechat, adminToken, notice, db, dbPassword, semantic, limits, wecom);
  }

  public ServerConfig withWeChat(WeChatConfig wechat) {
    return new ServerConfig(
        host, port, dataDir, wechat, adminToken, notice, db, dbPassword, semantic, limits, wecom);
  }

  /** This configuration with the WeCom app's callback {@code /wecom}. */
  public ServerConfig withWeCom(WeComConfig wecom) {
    return new ServerConfig(
        host,
        port,
        dataDir,
        wechat,
        adminToken,
        notice,
        db,
        dbPassword,
        semantic,
        limits,
        Optional.of(wecom));
  }

  public ServerConfig withLimits(Limits limits) {
    return new ServerConfig(
        host, port, dataDir, wechat, adminToken, notice, db, dbPassword, semantic, limits, wecom);
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
        + ", wecom="
        + wecom.map(WeComConfig::toString).orElse("off")
        + ", notice="
        + notice.map(Path::toString).orElse("bundled")
        + ", db="
        + db.map(PostgresDatabase::redact).orElse("sqlite")
        + ", semantic="
        + (semantic ? "on" : "off")
        + ", "
        + limits
        + "]";
  }

  /**
   * What the server takes from clients before it refuses them (docs/operations.md "Limits"), and
   * the settings of the question statistics and the leaderboard, which the store and the bot read.
   * Immutable.
   *
   * @param maxConnections open connections at most; a connection beyond them is closed at once
   * @param headerTimeout how long a request's head may take, from its first byte (from the opening,
   *     for a connection's first request); the connection is closed when it takes longer
   * @param bodyTimeout how long a request's body may take after its head
   * @param chatRatePerMinute requests to {@code /api/chat} per minute from one client address, and
   *     as many at once; 0 for no limit
   * @param trustedProxies the proxies whose {@code X-Forwarded-For} names the client address
   * @param chatRateExempt client addresses the chat rate limit does not count (a load test's)
   * @param statsRetentionDays how many days of question statistics are kept
   * @param questionsPerDay how many questions a day the statistics take in at most
   * @param rankedChannels the channels ({@link #CHANNELS}) whose users the leaderboard ranks
   */
  public record Limits(
      int maxConnections,
      Duration headerTimeout,
      Duration bodyTimeout,
      int chatRatePerMinute,
      TrustedProxies trustedProxies,
      TrustedProxies chatRateExempt,
      int statsRetentionDays,
      int questionsPerDay,
      Set<String> rankedChannels) {

    /** The channels a user can come from, as {@code ranked-channels} names them. */
    public static final List<String> CHANNELS = List.of(UserId.WECHAT, UserId.WECOM, UserId.WEB);

    public static final int DEFAULT_MAX_CONNECTIONS = 10_000;
    public static final Duration DEFAULT_HEADER_TIMEOUT = Duration.ofSeconds(10);
    public static final Duration DEFAULT_BODY_TIMEOUT = Duration.ofSeconds(60);
    public static final int DEFAULT_CHAT_RATE_PER_MINUTE = 60;
    public static final int DEFAULT_STATS_RETENTION_DAYS = Retention.STATS_DAYS;
    public static final int DEFAULT_QUESTIONS_PER_DAY = Retention.QUESTIONS_PER_DAY;
    public static final Set<String> DEFAULT_RANKED_CHANNELS =
        channels(List.of(UserId.WECHAT, UserId.WECOM));

    public static final Limits DEFAULTS =
        new Limits(
            DEFAULT_MAX_CONNECTIONS,
            DEFAULT_HEADER_TIMEOUT,
            DEFAULT_BODY_TIMEOUT,
            DEFAULT_CHAT_RATE_PER_MINUTE,
            TrustedProxies.NONE,
            TrustedProxies.NONE,
            DEFAULT_STATS_RETENTION_DAYS,
            DEFAULT_QUESTIONS_PER_DAY,
            DEFAULT_RANKED_CHANNELS);

    public Limits {
      Objects.requireNonNull(headerTimeout, "headerTimeout");
      Objects.requireNonNull(bodyTimeout, "bodyTimeout");
      Objects.requireNonNull(trustedProxies, "trustedProxies");
      Objects.requireNonNull(chatRateExempt, "chatRateExempt");
      rankedChannels = channels(rankedChannels);
      if (maxConnections < 1) {
        throw new IllegalArgumentException("maxConnections must be at least 1");
      }
      if (headerTimeout.compareTo(Duration.ofMillis(1)) < 0
          || bodyTimeout.compareTo(Duration.ofMillis(1)) < 0) {
        throw new IllegalArgumentException("timeouts must be positive");
      }
      if (chatRatePerMinute < 0) {
        throw new IllegalArgumentException("chatRatePerMinute must be 0 (no limit) or more");
      }
      if (statsRetentionDays < 1 || questionsPerDay < 1) {
        throw new IllegalArgumentException("statsRetentionDays and questionsPerDay must be >= 1");
      }
      if (rankedChannels.isEmpty()) {
        throw new IllegalArgumentException("rankedChannels must name at least one channel");
      }
    }

    /** {@code names} without repeats, in their order, each one of {@link #CHANNELS}. */
    private static Set<String> channels(java.util.Collection<String> names) {
      Set<String> out = new LinkedHashSet<>();
      for (String name : names) {
        if (!CHANNELS.contains(name)) {
          throw new IllegalArgumentException("not a channel: " + name + "; channels: " + CHANNELS);
        }
        out.add(name);
      }
      return Collections.unmodifiableSet(out);
    }

    /**
     * What the store keeps: these days and questions, open rounds for a day or {@code
     * sessionLifetime}, whichever is longer (an answer to an abandoned round is told it expired).
     */
    public Retention retention(Duration sessionLifetime) {
      Duration openRounds =
          sessionLifetime.compareTo(Retention.OPEN_ROUNDS) > 0
              ? sessionLifetime
              : Retention.OPEN_ROUNDS;
      return Retention.DEFAULTS
          .withStatsDays(statsRetentionDays)
          .withQuestionsPerDay(questionsPerDay)
          .withOpenRounds(openRounds);
    }

    public Limits withMaxConnections(int maxConnections) {
      return new Limits(
          maxConnections,
          headerTimeout,
          bodyTimeout,
          chatRatePerMinute,
          trustedProxies,
          chatRateExempt,
          statsRetentionDays,
          questionsPerDay,
          rankedChannels);
    }

    public Limits withTimeouts(Duration headerTimeout, Duration bodyTimeout) {
      return new Limits(
          maxConnections,
          headerTimeout,
          bodyTimeout,
          chatRatePerMinute,
          trustedProxies,
          chatRateExempt,
          statsRetentionDays,
          questionsPerDay,
          rankedChannels);
    }

    public Limits withChatRatePerMinute(int chatRatePerMinute) {
      return new Limits(
          maxConnections,
          headerTimeout,
          bodyTimeout,
          chatRatePerMinute,
          trustedProxies,
          chatRateExempt,
          statsRetentionDays,
          questionsPerDay,
          rankedChannels);
    }

    public Limits withTrustedProxies(TrustedProxies trustedProxies) {
      return new Limits(
          maxConnections,
          headerTimeout,
          bodyTimeout,
          chatRatePerMinute,
          trustedProxies,
          chatRateExempt,
          statsRetentionDays,
          questionsPerDay,
          rankedChannels);
    }

    @Override
    public String toString() {
      return "Limits[connections="
          + maxConnections
          + ", header="
          + headerTimeout.toSeconds()
          + "s, body="
          + bodyTimeout.toSeconds()
          + "s, chat="
          + (chatRatePerMinute == 0 ? "unlimited" : chatRatePerMinute + "/min")
          + (chatRateExempt.isEmpty() ? "" : " except " + chatRateExempt)
          + ", trustedProxies="
          + trustedProxies
          + ", statsRetention="
          + statsRetentionDays
          + "d, questionsPerDay="
          + questionsPerDay
          + ", ranked="
          + String.join(",", rankedChannels)
          + "]";
    }
  }
}
