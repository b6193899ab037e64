package org.unionbot.server;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * One setting, declared once in {@link Settings}. Its kebab-case name gives the flag {@code
 * --name}, the environment variable {@code UNIONBOT_NAME} and the config-file key {@code name}.
 * Immutable.
 *
 * @param name the kebab-case name, e.g. {@code wechat-token}
 * @param label the value's name in {@code --help}, e.g. {@code TOKEN}
 * @param type turns a given value (stripped, never blank) into the setting's value
 * @param fallback the value when none is given; empty when there is none, or it is generated
 * @param shown how the default reads in the docs (Markdown) and, without backticks, in {@code
 *     --help}
 * @param secret never echoed: not in messages, logs or {@code toString()}
 * @param flag whether it can be given as a flag ({@code db-password} cannot: it would show in ps)
 * @param file whether it can be given in the config file ({@code config} cannot)
 * @param help the {@code --help} lines, without the default that {@link #description()} adds
 * @param meaning the meaning in the docs' configuration table (Markdown, one line)
 * @param <T> the type of its value
 */
record Setting<T>(
    String name,
    String label,
    Type<T> type,
    Optional<T> fallback,
    String shown,
    boolean secret,
    boolean flag,
    boolean file,
    List<String> help,
    String meaning) {

  /** Parses a setting's value; throws {@link ConfigException} with a message naming it. */
  @FunctionalInterface
  interface Type<T> {
    T parse(String name, String value);
  }

  Setting {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(fallback, "fallback");
    help = List.copyOf(help);
    if (!name.matches("[a-z]+(-[a-z]+)*")) {
      throw new IllegalArgumentException("not a kebab-case name: " + name);
    }
  }

  /** The flag: {@code --wechat-token}. */
  String option() {
    return "--" + name;
  }

  /** The environment variable: {@code wechat-token} → {@code UNIONBOT_WECHAT_TOKEN}. */
  String env() {
    return envName(name);
  }

  /** The environment variable of a setting's name. */
  static String envName(String name) {
    return "UNIONBOT_" + name.toUpperCase(Locale.ROOT).replace('-', '_');
  }

  /** The value of {@code value} as given for this setting. */
  T parse(String value) {
    return type.parse(name, value);
  }

  /** The {@code --help} lines: {@link #help} with the default in brackets at the end. */
  String[] description() {
    String[] lines = help.toArray(String[]::new);
    lines[lines.length - 1] += " [" + shown.replace("`", "") + "].";
    return lines;
  }

  /** A secret setting: never echoed. */
  Setting<T> asSecret() {
    return new Setting<>(name, label, type, fallback, shown, true, flag, file, help, meaning);
  }

  /** A setting given only in the environment or the config file, never as a flag. */
  Setting<T> noFlag() {
    return new Setting<>(name, label, type, fallback, shown, secret, false, file, help, meaning);
  }

  /** A setting given only as a flag or in the environment, never in the config file. */
  Setting<T> noFile() {
    return new Setting<>(name, label, type, fallback, shown, secret, flag, false, help, meaning);
  }
}
