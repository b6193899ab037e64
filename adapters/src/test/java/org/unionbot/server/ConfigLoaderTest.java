package org.unionbot.server;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.unionbot.wecom.WeComConfig;

/** Flags &gt; environment &gt; config file &gt; defaults, validation, and secrets left unset. */
class ConfigLoaderTest {
  private static final String AES_KEY = "jWmYm7qr5nMoAUwZRjGtBxmz3KA1tkAj3ykkR6q2B2C";

  @TempDir Path dir;

  private Map<String, String> flags() {
    Map<String, String> flags = new HashMap<>();
    flags.put("data", dir.resolve("data").toString());
    return flags;
  }

  private Path configFile(String content) throws IOException {
    Path file = dir.resolve("unionbot.properties");
    Files.writeString(file, content, UTF_8);
    return file;
  }

  @Test
  void defaultsWhenNothingIsSet() throws IOException {
    ServerConfig config = ConfigLoader.load(flags(), Map.of());

    assertThat(config.host()).isEqualTo("127.0.0.1");
    assertThat(config.port()).isEqualTo(8080);
    assertThat(config.notice()).isEmpty();
    assertThat(config.wechat().aesKey()).isEmpty();
    assertThat(config.wechat().customerService()).isFalse();
    assertThat(config.wechat().apiBase()).isEqualTo(URI.create("https://api.weixin.qq.com"));
    assertThat(config.wechat().replyTimeout()).isEqualTo(Duration.ofMillis(4500));
    assertThat(config.wechat().token()).matches("[A-Za-z0-9]{32}");
    assertThat(config.adminToken()).hasSize(43);
    assertThat(config.semantic()).isTrue();
    assertThat(config.nativeDir()).isEqualTo(dir.resolve("data").resolve("native"));
  }

  @Test
  void theLimitsHaveTheirDefaults() throws IOException {
    ServerConfig.Limits limits = ConfigLoader.load(flags(), Map.of()).limits();

    assertThat(limits).isEqualTo(ServerConfig.Limits.DEFAULTS);
    assertThat(limits.maxConnections()).isEqualTo(10_000);
    assertThat(limits.headerTimeout()).isEqualTo(Duration.ofSeconds(10));
    assertThat(limits.bodyTimeout()).isEqualTo(Duration.ofSeconds(60));
    assertThat(limits.chatRatePerMinute()).isEqualTo(60);
    assertThat(limits.trustedProxies().isEmpty()).isTrue();
    assertThat(limits.statsRetentionDays()).isEqualTo(180);
    assertThat(limits.questionsPerDay()).isEqualTo(20_000);
    assertThat(limits.rankedChannels()).containsExactly("wechat", "wecom");
  }

  @Test
  void theLimitsComeFromFlagEnvironmentOrFile() throws IOException {
    Map<String, String> flags = flags();
    flags.put(
        "config",
        configFile(
                "max-connections=200\nheader-timeout-seconds=3\nbody-timeout-seconds=30\n"
                    + "chat-rate-per-minute=0\ntrusted-proxies=127.0.0.1, 10.0.0.0/8 ,::1\n"
                    + "stats-retention-days=30\nquestions-per-day=100\n"
                    + "ranked-channels=web, WeChat,web\n")
            .toString());
    flags.put("max-connections", "300");
    ServerConfig.Limits limits =
        ConfigLoader.load(flags, Map.of("UNIONBOT_CHAT_RATE_PER_MINUTE", "120")).limits();

    assertThat(limits.maxConnections()).as("flag over file").isEqualTo(300);
    assertThat(limits.chatRatePerMinute()).as("environment over file").isEqualTo(120);
    assertThat(limits.headerTimeout()).isEqualTo(Duration.ofSeconds(3));
    assertThat(limits.bodyTimeout()).isEqualTo(Duration.ofSeconds(30));
    assertThat(limits.trustedProxies()).hasToString("127.0.0.1, 10.0.0.0/8, ::1");
    assertThat(limits.statsRetentionDays()).isEqualTo(30);
    assertThat(limits.questionsPerDay()).isEqualTo(100);
    assertThat(limits.rankedChannels()).containsExactly("web", "wechat");
  }

  @Test
  void semanticRecallIsOnOrOffFromFlagEnvironmentOrFile() throws IOException {
    Map<String, String> flags = flags();
    flags.put("config", configFile("semantic=off\n").toString());
    assertThat(ConfigLoader.load(flags, Map.of()).semantic()).as("file").isFalse();
    assertThat(ConfigLoader.load(flags, Map.of("UNIONBOT_SEMANTIC", "ON")).semantic())
        .as("environment over file, any case")
        .isTrue();
    flags.put("semantic", "off");
    assertThat(ConfigLoader.load(flags, Map.of("UNIONBOT_SEMANTIC", "on")).semantic())
        .as("flag over environment")
        .isFalse();
    assertThat(ConfigLoader.load(flags, Map.of()).toString()).contains("semantic=off");

    // ask and kb: the same values, without building serve's configuration
    assertThat(ConfigLoader.values(Map.of(), Map.of()).semantic()).isTrue();
    assertThat(ConfigLoader.values(Map.of(), Map.of("UNIONBOT_SEMANTIC", "off")).semantic())
        .isFalse();
    assertThat(
            ConfigLoader.values(Map.of("semantic", "on"), Map.of("UNIONBOT_SEMANTIC", "off"))
                .semantic())
        .isTrue();
    assertThat(ConfigLoader.values(Map.of("config", flags.get("config")), Map.of()).semantic())
        .as("file")
        .isFalse();
    assertThatThrownBy(
            () -> ConfigLoader.values(Map.of(), Map.of("UNIONBOT_SEMANTIC", "yes")).semantic())
        .isInstanceOf(ConfigException.class)
        .hasMessage("semantic must be on or off, not 'yes'");
  }

  @Test
  void theDataDirectoryDefaultsToDotSlashData() throws IOException {
    Map<String, String> env =
        Map.of("UNIONBOT_WECHAT_TOKEN", "tok123", "UNIONBOT_ADMIN_TOKEN", "a");

    assertThat(ConfigLoader.load(Map.of(), env).dataDir()).isEqualTo(Path.of("data"));
  }

  @Test
  void flagsBeatEnvironmentBeatsFileBeatsDefaults() throws IOException {
    Path file = configFile("host=0.0.0.0\nport=7000\nwechat-reply-timeout-ms=1000\nnotice=f.txt\n");
    Map<String, String> env =
        Map.of(
            "UNIONBOT_CONFIG", file.toString(),
            "UNIONBOT_PORT", "7001",
            "UNIONBOT_NOTICE", "e.txt");
    Map<String, String> flags = flags();
    flags.put("notice", "flag.txt");

    ServerConfig config = ConfigLoader.load(flags, env);

    assertThat(config.host()).isEqualTo("0.0.0.0"); // file
    assertThat(config.port()).isEqualTo(7001); // environment over file
    assertThat(config.notice()).contains(Path.of("flag.txt")); // flag over environment
    assertThat(config.wechat().replyTimeout()).isEqualTo(Duration.ofSeconds(1)); // file
  }

  @Test
  void theConfigFlagBeatsTheConfigVariable() throws IOException {
    Path file = configFile("port=7002\n");
    Map<String, String> flags = flags();
    flags.put("config", file.toString());

    ServerConfig config =
        ConfigLoader.load(flags, Map.of("UNIONBOT_CONFIG", dir.resolve("absent").toString()));

    assertThat(config.port()).isEqualTo(7002);
  }

  @Test
  void blankEnvironmentValuesCountAsUnset() throws IOException {
    ServerConfig config =
        ConfigLoader.load(flags(), Map.of("UNIONBOT_PORT", " ", "UNIONBOT_WECHAT_AES_KEY", ""));

    assertThat(config.port()).isEqualTo(8080);
    assertThat(config.wechat().aesKey()).isEmpty();
  }

  @Test
  void everyWeChatSettingIsRead() throws IOException {
    Map<String, String> env =
        Map.of(
            "UNIONBOT_WECHAT_TOKEN", "myToken42",
            "UNIONBOT_WECHAT_AES_KEY", AES_KEY,
            "UNIONBOT_WECHAT_APP_ID", "wx0123456789",
            "UNIONBOT_WECHAT_APP_SECRET", "s3cret",
            "UNIONBOT_WECHAT_API_BASE", "http://127.0.0.1:9/",
            "UNIONBOT_ADMIN_TOKEN", "admin-secret");

    ServerConfig config = ConfigLoader.load(flags(), env);

    assertThat(config.wechat().token()).isEqualTo("myToken42");
    assertThat(config.wechat().aesKey()).contains(AES_KEY);
    assertThat(config.wechat().crypto()).isPresent();
    assertThat(config.wechat().customerService()).isTrue();
    assertThat(config.wechat().apiBase()).isEqualTo(URI.create("http://127.0.0.1:9/"));
    assertThat(config.adminToken()).isEqualTo("admin-secret");
    assertThat(config.toString()).doesNotContain("myToken42", AES_KEY, "s3cret", "admin-secret");
    assertThat(Files.exists(dir.resolve("data"))).as("no secret needed generating").isFalse();
  }

  @Test
  void everyWeComSettingIsReadAndNoSecretShown() throws IOException {
    Map<String, String> env =
        Map.of(
            "UNIONBOT_WECOM_CORP_ID", "ww0123456789abcd",
            "UNIONBOT_WECOM_AGENT_ID", "1000002",
            "UNIONBOT_WECOM_TOKEN", "wecomToken7",
            "UNIONBOT_WECOM_AES_KEY", AES_KEY,
            "UNIONBOT_WECOM_SECRET", "corpS3cret",
            "UNIONBOT_WECOM_API_BASE", "http://127.0.0.1:9/");

    ServerConfig config = ConfigLoader.load(flags(), env);

    WeComConfig wecom = config.wecom().orElseThrow();
    assertThat(wecom.corpId()).isEqualTo("ww0123456789abcd");
    assertThat(wecom.agentId()).contains(1_000_002L);
    assertThat(wecom.token()).isEqualTo("wecomToken7");
    assertThat(wecom.api()).isTrue();
    assertThat(wecom.apiBase()).isEqualTo(URI.create("http://127.0.0.1:9/"));
    assertThat(config.toString())
        .contains("ww0123456789abcd")
        .doesNotContain("wecomToken7", AES_KEY, "corpS3cret");
    assertThat(ConfigLoader.load(flags(), Map.of()).wecom()).isEmpty();
  }

  @Test
  void theWeComSecretNeedsItsAgentId() {
    Map<String, String> env =
        Map.of(
            "UNIONBOT_WECOM_CORP_ID", "ww0123456789abcd",
            "UNIONBOT_WECOM_TOKEN", "wecomToken7",
            "UNIONBOT_WECOM_AES_KEY", AES_KEY,
            "UNIONBOT_WECOM_SECRET", "corpS3cret");

    assertThatThrownBy(() -> ConfigLoader.load(flags(), env))
        .isInstanceOf(ConfigException.class)
        .hasMessage("wecom-secret and wecom-agent-id go together");
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "port|65536|port must be a number from 0 to 65535",
        "port|-1|port must be a number from 0 to 65535",
        "port|http|port must be a number from 0 to 65535",
        "wechat-aes-key|tooShort|wechat-aes-key must be exactly 43 letters and digits",
        "wechat-token|a b|wechat-token must be 3 to 32 letters and digits",
        "wechat-reply-timeout-ms|0|wechat-reply-timeout-ms must be a number from 1 to 60000",
        "wechat-api-base|ftp://x|wechat-api-base must be an http(s) URL",
        "wechat-app-secret|s|wechat-app-secret needs wechat-app-id too",
        "semantic|true|semantic must be on or off, not 'true'",
        "max-connections|0|max-connections must be a number from 1 to 1000000",
        "header-timeout-seconds|0|header-timeout-seconds must be a number from 1 to 300",
        "body-timeout-seconds|3601|body-timeout-seconds must be a number from 1 to 3600",
        "chat-rate-per-minute|-1|chat-rate-per-minute must be a number from 0 (no limit)",
        "trusted-proxies|localhost|trusted-proxies: 'localhost' is not an IP address or CIDR",
        "trusted-proxies|10.0.0.0/33|trusted-proxies: '10.0.0.0/33' is not an IP address",
        "stats-retention-days|3651|stats-retention-days must be a number from 1 to 3650",
        "questions-per-day|99|questions-per-day must be a number from 100 to 10000000",
        "ranked-channels|wechat,qq|ranked-channels must list some of wechat, wecom, web",
        "wecom-corp-id|ww1|WeCom needs wecom-corp-id, wecom-token and wecom-aes-key together",
        "wecom-secret|s|wecom-agent-id and wecom-secret need wecom-corp-id",
        "wecom-agent-id|0|wecom-agent-id must be a number from 1 up",
        "wecom-aes-key|short|wecom-aes-key must be exactly 43 letters and digits",
        "wecom-api-base|ftp://x|wecom-api-base must be an http(s) URL"
      })
  void badValuesAreRefusedWithAClearMessage(String key, String value, String message) {
    Map<String, String> flags = flags();
    flags.put(key, value);

    assertThatThrownBy(() -> ConfigLoader.load(flags, Map.of()))
        .isInstanceOf(ConfigException.class)
        .hasMessageStartingWith(message);
  }

  @Test
  void theDatabaseComesFromFlagEnvironmentOrFileAndItsPasswordIsNeverShown() throws IOException {
    assertThat(ConfigLoader.load(flags(), Map.of()).store().url()).as("SQLite").isEmpty();

    String url = "jdbc:postgresql://127.0.0.1:5432/unionbot?user=unionbot&password=hunter2";
    Map<String, String> env =
        Map.of(
            "UNIONBOT_DB", url,
            "UNIONBOT_DB_PASSWORD", "s3cret",
            "UNIONBOT_WECHAT_TOKEN", "tok123",
            "UNIONBOT_ADMIN_TOKEN", "adm");
    ServerConfig config = ConfigLoader.load(flags(), env);
    assertThat(config.store().url()).contains(url);
    assertThat(config.store().password()).contains("s3cret");
    assertThat(config.toString()).doesNotContain("hunter2", "s3cret").contains("password=***");
    assertThat(config.store().toString()).doesNotContain("hunter2", "s3cret");

    Path file =
        configFile(
            "db=jdbc:postgresql://db.internal/unionbot\nwechat-token=tok123\nadmin-token=adm\n");
    Map<String, String> flags = flags();
    flags.put("config", file.toString());
    assertThat(ConfigLoader.load(flags, Map.of()).db())
        .contains("jdbc:postgresql://db.internal/unionbot");
    flags.put("db", "jdbc:postgresql://flag/unionbot");
    assertThat(ConfigLoader.load(flags, env).db()).contains("jdbc:postgresql://flag/unionbot");
  }

  @Test
  void aSharedDatabaseNeedsTheTokensConfigured() {
    Map<String, String> flags = flags();
    flags.put("db", "jdbc:postgresql://127.0.0.1/unionbot");
    flags.put("wechat-token", "tok123");

    assertThatThrownBy(() -> ConfigLoader.load(flags, Map.of()))
        .isInstanceOf(ConfigException.class)
        .hasMessageContaining("set wechat-token and admin-token");
    assertThat(dir.resolve("data/secrets.properties")).doesNotExist();
  }

  @Test
  void aDatabaseUrlThatIsNotPostgresIsRefused() {
    Map<String, String> flags = flags();
    flags.put("db", "jdbc:mysql://127.0.0.1/unionbot?password=hunter2");

    assertThatThrownBy(() -> ConfigLoader.load(flags, Map.of()))
        .isInstanceOf(ConfigException.class)
        .hasMessageStartingWith("db: not a PostgreSQL JDBC URL")
        .hasMessageNotContaining("hunter2");
  }

  @Test
  void theAesKeyIsNeverEchoed() {
    Map<String, String> flags = flags();
    flags.put("wechat-aes-key", "secretButMalformedKey");

    assertThatThrownBy(() -> ConfigLoader.load(flags, Map.of()))
        .hasMessageNotContaining("secretButMalformedKey");
  }

  @Test
  void theAesKeyNeedsTheAppId() {
    Map<String, String> flags = flags();
    flags.put("wechat-aes-key", AES_KEY);

    assertThatThrownBy(() -> ConfigLoader.load(flags, Map.of()))
        .isInstanceOf(ConfigException.class)
        .hasMessageContaining("wechat-app-id");
  }

  @Test
  void unknownKeysInTheConfigFileAreListed() throws IOException {
    Map<String, String> flags = flags();
    flags.put("config", configFile("port=1\nprot=2\nwechat_token=x\n").toString());

    assertThatThrownBy(() -> ConfigLoader.load(flags, Map.of()))
        .isInstanceOf(ConfigException.class)
        .hasMessageContaining("unknown keys")
        .hasMessageContaining("[prot, wechat_token]");
  }

  @Test
  void aMissingConfigFileIsAnError() {
    Map<String, String> flags = flags();
    flags.put("config", dir.resolve("nope.properties").toString());

    assertThatThrownBy(() -> ConfigLoader.load(flags, Map.of()))
        .isInstanceOf(ConfigException.class)
        .hasMessageContaining("cannot read config file");
  }

  @Test
  void generatedSecretsAreReusedOnTheNextStart() throws IOException {
    ServerConfig first = ConfigLoader.load(flags(), Map.of());
    ServerConfig second = ConfigLoader.load(flags(), Map.of());

    assertThat(second.wechat().token()).isEqualTo(first.wechat().token());
    assertThat(second.adminToken()).isEqualTo(first.adminToken());
  }

  @Test
  void environmentVariableNamesFollowTheKeys() {
    assertThat(ConfigLoader.envName("wechat-aes-key")).isEqualTo("UNIONBOT_WECHAT_AES_KEY");
    assertThat(ConfigLoader.KEYS)
        .extracting(ConfigLoader::envName)
        .contains(
            "UNIONBOT_HOST",
            "UNIONBOT_PORT",
            "UNIONBOT_DATA",
            "UNIONBOT_WECHAT_TOKEN",
            "UNIONBOT_WECHAT_AES_KEY",
            "UNIONBOT_WECHAT_APP_ID",
            "UNIONBOT_ADMIN_TOKEN",
            "UNIONBOT_NOTICE",
            "UNIONBOT_SEMANTIC");
  }
}
