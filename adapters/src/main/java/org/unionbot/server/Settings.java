package org.unionbot.server;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.unionbot.wechat.WeChatConfig;
import org.unionbot.wecom.WeComConfig;

/**
 * The settings table: every setting of {@code serve}, {@code ask}, {@code kb}, {@code backup} and
 * {@code restore}, declared once with its name, type, default, meaning and whether it is secret.
 * The flags ({@link SettingOptions}), the environment variables and config-file keys ({@link
 * ConfigLoader}), {@code --help} and the table in docs/operations.md ({@link #docsTable()}) all
 * come from here. Rows are in the docs' order.
 */
final class Settings {
  private Settings() {}

  static final Setting<String> HOST =
      setting(
          "host",
          "HOST",
          (name, value) -> value,
          ServerConfig.DEFAULT_HOST,
          "`127.0.0.1`",
          List.of("Listen address"),
          "Address to listen on. Use `0.0.0.0` to listen on every interface.");

  static final Setting<Integer> PORT =
      setting(
          "port",
          "PORT",
          SettingTypes.integer(0, 65_535, "from 0 to 65535 (0: a free port)"),
          ServerConfig.DEFAULT_PORT,
          "`8080`",
          List.of("Listen port, 0 for a free one"),
          "Port to listen on, 0 to 65535. 0 picks a free port, and the `ready` line shows which.");

  static final Setting<Path> DATA =
      setting(
          "data",
          "DIR",
          SettingTypes::path,
          ServerConfig.DEFAULT_DATA,
          "`./data`",
          List.of("Data directory"),
          "Data directory: the database `unionbot.db` (knowledge base, scores, logs), the generated"
              + " secrets and the lock.");

  static final Setting<Path> CONFIG =
      setting(
              "config",
              "FILE",
              SettingTypes::path,
              null,
              "none",
              List.of("A properties file with settings"),
              "A config file (see below). Optional.")
          .noFile();

  static final Setting<Path> NOTICE =
      setting(
          "notice",
          "FILE",
          SettingTypes::path,
          null,
          "the bundled notice",
          List.of("Seed the knowledge base from this notice"),
          "A notice (UTF-8 plain text or Markdown) that seeds an empty data directory. Optional;"
              + " later changes go through the admin API or `kb`.");

  static final Setting<String> WECHAT_TOKEN =
      setting(
              "wechat-token",
              "TOKEN",
              SettingTypes.matching(
                  "[A-Za-z0-9]{3,32}",
                  "must be 3 to 32 letters and digits, as the WeChat console requires"),
              null,
              "generated",
              List.of(
                  "The Token of the WeChat console; a generated one is in DIR/secrets.properties"),
              "The Token you enter in the WeChat console: 3 to 32 letters and digits.")
          .asSecret();

  static final Setting<String> WECHAT_AES_KEY =
      setting(
              "wechat-aes-key",
              "KEY",
              SettingTypes.matching(
                  "[A-Za-z0-9]{43}", "must be exactly 43 letters and digits (the EncodingAESKey)"),
              null,
              "none",
              List.of("The 43-character EncodingAESKey; enables compatible and safe modes"),
              "The 43-character EncodingAESKey. Optional. Without it, only plaintext mode works."
                  + " With it, compatible and safe modes work too, and it needs the AppID.")
          .asSecret();

  static final Setting<String> WECHAT_APP_ID =
      setting(
          "wechat-app-id",
          "APPID",
          (name, value) -> value,
          null,
          "none",
          List.of("The AppID; needed with the EncodingAESKey or the AppSecret"),
          "The AppID. Needed with the EncodingAESKey, because encrypted messages carry and check"
              + " it, and with the AppSecret.");

  static final Setting<String> WECHAT_APP_SECRET =
      setting(
              "wechat-app-secret",
              "SECRET",
              (name, value) -> value,
              null,
              "none",
              List.of("The AppSecret; enables late replies by customer-service message"),
              "The AppSecret. Optional. With it, a reply that takes more than the reply timeout"
                  + " goes out as a customer-service message.")
          .asSecret();

  static final Setting<URI> WECHAT_API_BASE =
      setting(
          "wechat-api-base",
          "URL",
          SettingTypes::httpUrl,
          WeChatConfig.DEFAULT_API_BASE,
          "`https://api.weixin.qq.com`",
          List.of("The WeChat API base URL"),
          "The WeChat API base URL. Tests point it at a local fake.");

  static final Setting<Duration> WECHAT_REPLY_TIMEOUT =
      setting(
          "wechat-reply-timeout-ms",
          "MS",
          SettingTypes.duration(1, 60_000, "from 1 to 60000", Duration::ofMillis),
          WeChatConfig.DEFAULT_REPLY_TIMEOUT,
          "`4500`",
          List.of("Answer 'success' and reply later if not ready by then"),
          "How long a WeChat push may wait for its reply, 1 to 60000 ms. See [The 5-second"
              + " rule](api.md#the-5-second-rule).");

  static final Setting<String> WECOM_CORP_ID =
      setting(
          "wecom-corp-id",
          "ID",
          (name, value) -> value,
          null,
          "none",
          List.of("The WeCom corp id; turns on /wecom with the WeCom token and key"),
          "The WeCom (企业微信) corp id (企业ID). Optional. With `wecom-token` and `wecom-aes-key`"
              + " it turns on the app callback `/wecom`. See [WeCom](wechat-setup.md#wecom).");

  static final Setting<Integer> WECOM_AGENT_ID =
      setting(
          "wecom-agent-id",
          "ID",
          SettingTypes.integer(1, Integer.MAX_VALUE, "from 1 up (the app's AgentId)"),
          null,
          "none",
          List.of("The WeCom app's AgentId; needed with the WeCom secret"),
          "The WeCom app's AgentId. Needed with `wecom-secret`.");

  static final Setting<String> WECOM_TOKEN =
      setting(
              "wecom-token",
              "TOKEN",
              SettingTypes.matching(
                  "[A-Za-z0-9]{1,32}", "must be 1 to 32 letters and digits, as WeCom requires"),
              null,
              "none",
              List.of("The Token of the WeCom app's callback"),
              "The Token of the WeCom app's callback (接收消息 → API 接收).")
          .asSecret();

  static final Setting<String> WECOM_AES_KEY =
      setting(
              "wecom-aes-key",
              "KEY",
              SettingTypes.matching(
                  "[A-Za-z0-9]{43}", "must be exactly 43 letters and digits (the EncodingAESKey)"),
              null,
              "none",
              List.of("The WeCom callback's 43-character EncodingAESKey"),
              "The 43-character EncodingAESKey of the WeCom app's callback.")
          .asSecret();

  static final Setting<String> WECOM_SECRET =
      setting(
              "wecom-secret",
              "SECRET",
              (name, value) -> value,
              null,
              "none",
              List.of("The WeCom app's Secret; enables late replies and the app's menu"),
              "The WeCom app's Secret. Optional. With it and `wecom-agent-id`, a late reply goes"
                  + " out as an app message, and the admin page publishes the menu to the app too.")
          .asSecret();

  static final Setting<URI> WECOM_API_BASE =
      setting(
          "wecom-api-base",
          "URL",
          SettingTypes::httpUrl,
          WeComConfig.DEFAULT_API_BASE,
          "`https://qyapi.weixin.qq.com`",
          List.of("The WeCom API base URL"),
          "The WeCom API base URL. Tests point it at a local fake.");

  static final Setting<String> ADMIN_TOKEN =
      setting(
              "admin-token",
              "TOKEN",
              (name, value) -> value,
              null,
              "generated",
              List.of("Bearer token for /admin; a generated one is in DIR/secrets.properties"),
              "Bearer token for the admin API and the admin page (`/admin/`).")
          .asSecret();

  static final Setting<String> DB =
      setting(
          "db",
          "URL",
          SettingTypes::postgresUrl,
          null,
          "none: SQLite in `DIR`",
          List.of(
              "A PostgreSQL JDBC URL shared by several nodes, e.g.",
              "jdbc:postgresql://127.0.0.1:5432/unionbot?user=unionbot; the password",
              "in UNIONBOT_DB_PASSWORD"),
          "A PostgreSQL JDBC URL shared by several nodes, e.g."
              + " `jdbc:postgresql://127.0.0.1:5432/unionbot?user=unionbot` (see"
              + " [cluster.md](cluster.md)). `ask` and `kb` take it too. A URL that is not"
              + " `jdbc:postgresql://…` exits with 2; a database that cannot be reached, with 1.");

  static final Setting<String> DB_PASSWORD =
      setting(
              "db-password",
              "PASSWORD",
              (name, value) -> value,
              null,
              "none",
              List.of("The PostgreSQL password"),
              "The PostgreSQL password, when it is not in the URL (better: it stays out of `ps`)."
                  + " Config-file key `db-password`. Never logged; URLs are shown with"
                  + " `password=***`.")
          .asSecret()
          .noFlag();

  static final Setting<Boolean> SEMANTIC =
      setting(
          "semantic",
          "on|off",
          SettingTypes::onOff,
          ServerConfig.DEFAULT_SEMANTIC,
          "`on`",
          List.of(
              "Semantic recall by the embedding model, its native libraries in DIR/native;",
              "off: lexical recall only"),
          "`on` or `off`. On, answers also use semantic recall: a small Chinese embedding model"
              + " (bge-small-zh-v1.5, in the jar) run by ONNX Runtime, whose native libraries are"
              + " unpacked into `DIR/native` on the first start and loaded from there (never from"
              + " the home directory or `/tmp`). The log then says `semantic recall: … loaded in N"
              + " ms`; where the libraries cannot load, it says once, as a WARN, `semantic recall"
              + " unavailable on <os> <arch> (…); answering with lexical recall only`, and the bot"
              + " does just that. Off: lexical recall only, nothing loads. Turn it off on a"
              + " platform ONNX Runtime has no library for (it ships Linux and macOS on x64 and"
              + " aarch64, Windows on x64) or to save memory (the model takes about 110 MB beside"
              + " the heap, and a second of CPU just after the start). `/healthz` says which."
              + " `ask` and `kb` take it too.");

  static final Setting<Integer> MAX_CONNECTIONS =
      setting(
          "max-connections",
          "N",
          SettingTypes.integer(1, 1_000_000, "from 1 to 1000000"),
          ServerConfig.Limits.DEFAULT_MAX_CONNECTIONS,
          "`10000`",
          List.of("Open connections at most; more are closed at once"),
          "Open connections at most, 1 to 1,000,000; a connection beyond them is closed at once"
              + " (see [Limits](#limits)). Keep the open-file limit above it.");

  static final Setting<Duration> HEADER_TIMEOUT =
      setting(
          "header-timeout-seconds",
          "S",
          SettingTypes.duration(1, 300, "from 1 to 300", Duration::ofSeconds),
          ServerConfig.Limits.DEFAULT_HEADER_TIMEOUT,
          "`10`",
          List.of("Close a connection whose request head takes longer"),
          "How long a request's head may take to arrive, 1 to 300 s; a slower connection is closed"
              + " (see [Limits](#limits)).");

  static final Setting<Duration> BODY_TIMEOUT =
      setting(
          "body-timeout-seconds",
          "S",
          SettingTypes.duration(1, 3600, "from 1 to 3600", Duration::ofSeconds),
          ServerConfig.Limits.DEFAULT_BODY_TIMEOUT,
          "`60`",
          List.of("Close a connection whose request body takes longer after its head"),
          "How long a request's body may take after its head, 1 to 3600 s.");

  static final Setting<Integer> CHAT_RATE_PER_MINUTE =
      setting(
          "chat-rate-per-minute",
          "N",
          SettingTypes.integer(0, 100_000, "from 0 (no limit) to 100000"),
          ServerConfig.Limits.DEFAULT_CHAT_RATE_PER_MINUTE,
          "`60`",
          List.of("/api/chat requests per minute from one address, 0 for no limit"),
          "`/api/chat` requests a minute from one client address, and as many at once, 0 to"
              + " 100,000; 0 turns the limit off (see [Limits](#limits)).");

  static final Setting<TrustedProxies> TRUSTED_PROXIES =
      setting(
          "trusted-proxies",
          "LIST",
          SettingTypes::addresses,
          TrustedProxies.NONE,
          "none",
          List.of("Proxies whose X-Forwarded-For names the client: IPs, CIDRs"),
          "The reverse proxies whose `X-Forwarded-For` names the client: comma-separated IP"
              + " addresses and CIDR ranges, such as `127.0.0.1` for nginx on the same machine, or"
              + " `127.0.0.1,10.0.0.0/8`. Host names are refused. See [Client"
              + " addresses](#client-addresses).");

  static final Setting<TrustedProxies> CHAT_RATE_EXEMPT =
      setting(
          "chat-rate-exempt",
          "LIST",
          SettingTypes::addresses,
          TrustedProxies.NONE,
          "none",
          List.of("Client addresses the chat rate limit skips: IPs, CIDRs"),
          "Client addresses (IPs and CIDR ranges) that the chat rate limit does not count, such"
              + " as a load generator's.");

  static final Setting<Integer> STATS_RETENTION_DAYS =
      setting(
          "stats-retention-days",
          "DAYS",
          SettingTypes.integer(1, 3650, "from 1 to 3650"),
          ServerConfig.Limits.DEFAULT_STATS_RETENTION_DAYS,
          "`180`",
          List.of("Days of question statistics kept, 1 to 3650"),
          "How many days of question statistics (per-day counts, the questions of each day, the"
              + " unanswered list) are kept, 1 to 3650. The server deletes older ones at start and"
              + " daily; quiz points are never deleted.");

  static final Setting<Integer> QUESTIONS_PER_DAY =
      setting(
          "questions-per-day",
          "N",
          SettingTypes.integer(100, 10_000_000, "from 100 to 10000000"),
          ServerConfig.Limits.DEFAULT_QUESTIONS_PER_DAY,
          "`20000`",
          List.of("Questions a day the statistics take in at most"),
          "How many distinct questions a day the statistics list, 100 to 10,000,000. Beyond it a"
              + " new question is still counted in the day's totals but not listed, so a flood of"
              + " random questions can't grow the database without bound. Stored question texts"
              + " are cut at 100 characters.");

  static final Setting<Set<String>> RANKED_CHANNELS =
      setting(
          "ranked-channels",
          "LIST",
          SettingTypes::channels,
          ServerConfig.Limits.DEFAULT_RANKED_CHANNELS,
          "`wechat,wecom`",
          List.of("Channels the leaderboard ranks: wechat, wecom, web"),
          "The channels whose users the leaderboard ranks: a comma-separated list of `wechat`,"
              + " `wecom` and `web`.");

  /** Every setting, in the docs' order. */
  static final List<Setting<?>> ALL =
      List.of(
          HOST,
          PORT,
          DATA,
          CONFIG,
          NOTICE,
          WECHAT_TOKEN,
          WECHAT_AES_KEY,
          WECHAT_APP_ID,
          WECHAT_APP_SECRET,
          WECHAT_API_BASE,
          WECHAT_REPLY_TIMEOUT,
          WECOM_CORP_ID,
          WECOM_AGENT_ID,
          WECOM_TOKEN,
          WECOM_AES_KEY,
          WECOM_SECRET,
          WECOM_API_BASE,
          ADMIN_TOKEN,
          DB,
          DB_PASSWORD,
          SEMANTIC,
          MAX_CONNECTIONS,
          HEADER_TIMEOUT,
          BODY_TIMEOUT,
          CHAT_RATE_PER_MINUTE,
          TRUSTED_PROXIES,
          CHAT_RATE_EXEMPT,
          STATS_RETENTION_DAYS,
          QUESTIONS_PER_DAY,
          RANKED_CHANNELS);

  /** The flags of {@code serve}: every setting that has one. */
  static final List<Setting<?>> SERVE = ALL.stream().filter(Setting::flag).toList();

  /** The flags of {@code backup} and {@code restore}: where the store is. */
  static final List<Setting<?>> STORE = List.of(DATA, CONFIG, DB);

  /** The flags of {@code ask} and {@code kb}: where the store is, and how to answer. */
  static final List<Setting<?>> OFFLINE = List.of(DATA, CONFIG, DB, SEMANTIC);

  /** The table of docs/operations.md "Configuration reference", in Markdown. */
  static String docsTable() {
    StringBuilder out = new StringBuilder();
    out.append("| flag | environment | default | meaning |\n");
    out.append("| --- | --- | --- | --- |\n");
    for (Setting<?> s : ALL) {
      out.append("| ")
          .append(s.flag() ? "`" + s.option() + "`" : "(none)")
          .append(" | `")
          .append(s.env())
          .append("` | ")
          .append(s.shown())
          .append(" | ")
          .append(s.meaning())
          .append(" |\n");
    }
    return out.toString();
  }

  private static <T> Setting<T> setting(
      String name,
      String label,
      Setting.Type<T> type,
      T fallback,
      String shown,
      List<String> help,
      String meaning) {
    return new Setting<>(
        name, label, type, Optional.ofNullable(fallback), shown, false, true, true, help, meaning);
  }
}
