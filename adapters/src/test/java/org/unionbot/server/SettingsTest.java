package org.unionbot.server;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The settings table is the one source: the docs, defaults and secrets agree with it. */
class SettingsTest {
  private static final Path OPERATIONS = Path.of("..", "docs", "operations.md");
  private static final Path DESIGN = Path.of("..", "docs", "DESIGN.md");

  @TempDir Path dir;

  @Test
  void theDocsConfigurationReferenceIsTheTable() throws IOException {
    String docs = Files.readString(OPERATIONS, UTF_8);
    int start = docs.indexOf("| flag | environment | default | meaning |");
    assertThat(start).as("the table in " + OPERATIONS).isPositive();
    int end = docs.indexOf("\n\n", start);
    String table = docs.substring(start, end + 1);

    assertThat(table).isEqualTo(Settings.docsTable());
  }

  /** DESIGN.md's short table names fixed flags and variables: each is in the settings table. */
  @Test
  void everyNameInDesignIsASetting() throws IOException {
    String design = Files.readString(DESIGN, UTF_8);
    int start = design.indexOf("| flag | environment | meaning |");
    String table = design.substring(start, design.indexOf("\n\n", start));
    Matcher row = Pattern.compile("(?m)^\\| (.+?) \\| (.+?) \\| (.+) \\|$").matcher(table);
    int rows = 0;
    while (row.find()) {
      if (row.group(1).startsWith("flag") || row.group(1).startsWith("---")) {
        continue;
      }
      rows++;
      String[] flags = row.group(1).replace("`", "").split(", ");
      String[] envs = row.group(2).replace("`", "").split(", ");
      for (int i = 0; i < flags.length; i++) {
        String name = flags[i].substring(2);
        assertThat(Settings.ALL).extracting(Setting::name).contains(name);
        assertThat(Setting.envName(name)).isEqualTo(envs[i]);
      }
    }
    assertThat(rows).isEqualTo(7);
    assertThat(design).contains("listen address (default 127.0.0.1:8080)");
    assertThat(Settings.HOST.shown() + ":" + Settings.PORT.shown()).isEqualTo("`127.0.0.1`:`8080`");
    assertThat(design).contains("data directory (default `./data`)");
    assertThat(Settings.DATA.shown()).isEqualTo("`./data`");
  }

  static Stream<Setting<?>> settings() {
    return Settings.ALL.stream();
  }

  /** A default the docs show as a value ({@code `8080`}) is the value the loader falls back to. */
  @ParameterizedTest
  @MethodSource("settings")
  void theShownDefaultIsTheDefault(Setting<?> setting) {
    if (setting.shown().matches("`[^`]+`")) {
      Object shown = setting.parse(setting.shown().replace("`", ""));
      Object fallback = setting.fallback().orElseThrow();
      if (fallback instanceof Path path) {
        assertThat(((Path) shown).normalize()).isEqualTo(path.normalize());
      } else {
        assertThat(shown).isEqualTo(fallback);
      }
    } else {
      // none, generated or the bundled notice: no default, or one that reads as none
      setting.fallback().ifPresent(fallback -> assertThat(fallback).hasToString(setting.shown()));
    }
  }

  @ParameterizedTest
  @MethodSource("settings")
  void everySettingHasHelpAMeaningAndNames(Setting<?> setting) {
    assertThat(setting.meaning()).isNotBlank().doesNotContain("\n", "|");
    assertThat(setting.description()[setting.help().size() - 1]).endsWith("].");
    assertThat(setting.env()).matches("UNIONBOT_[A-Z_]+");
    assertThat(ConfigLoader.KEYS.contains(setting.name())).isEqualTo(setting.file());
  }

  /** A secret given anywhere never shows in the configuration's {@code toString()}. */
  @ParameterizedTest
  @MethodSource("settings")
  void aSecretNeverShows(Setting<?> setting) throws IOException {
    if (!setting.secret()) {
      return;
    }
    String value =
        setting == Settings.WECHAT_AES_KEY || setting == Settings.WECOM_AES_KEY
            ? "Zk9XnQ2mC4bV7aL1tR8yW3eH6uJ0sD5fG2kP9qX4zMr"
            : "Secret" + setting.name().replace("-", "") + "42";
    Map<String, String> env = new HashMap<>();
    env.put("UNIONBOT_DATA", dir.resolve("data").toString());
    env.put("UNIONBOT_WECHAT_APP_ID", "wx0123456789");
    if (setting.name().startsWith("wecom-")) { // a WeCom secret counts only with the whole app
      env.put("UNIONBOT_WECOM_CORP_ID", "ww0123456789abcd");
      env.put("UNIONBOT_WECOM_AGENT_ID", "1000002");
      env.put("UNIONBOT_WECOM_TOKEN", "wecomToken7");
      env.put("UNIONBOT_WECOM_AES_KEY", "jWmYm7qr5nMoAUwZRjGtBxmz3KA1tkAj3ykkR6q2B2C");
      env.put("UNIONBOT_WECOM_SECRET", "wecomSecret7");
    }
    env.put(setting.env(), value);

    ServerConfig config = ConfigLoader.load(Map.of(), env);

    assertThat(config.toString()).doesNotContain(value);
  }
}
