package org.unionbot.server;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;
import java.util.function.IntFunction;
import java.util.regex.Pattern;
import org.unionbot.core.store.PostgresDatabase;

/**
 * The types of the {@link Settings}: each parses a given value or throws {@link ConfigException}
 * with a message that starts with the setting's name and never echoes a secret.
 */
final class SettingTypes {
  private SettingTypes() {}

  static Setting.Type<Integer> integer(int min, int max, String range) {
    return (name, value) -> {
      try {
        int n = Integer.parseInt(value);
        if (n >= min && n <= max) {
          return n;
        }
      } catch (NumberFormatException e) {
        // reported below
      }
      throw new ConfigException(name + " must be a number " + range + ", not '" + value + "'");
    };
  }

  static Setting.Type<Duration> duration(
      int min, int max, String range, IntFunction<Duration> unit) {
    Setting.Type<Integer> number = integer(min, max, range);
    return (name, value) -> unit.apply(number.parse(name, value));
  }

  static Setting.Type<String> matching(String regex, String requirement) {
    Pattern pattern = Pattern.compile(regex);
    return (name, value) -> {
      if (!pattern.matcher(value).matches()) {
        throw new ConfigException(name + " " + requirement);
      }
      return value;
    };
  }

  static Path path(String name, String value) {
    try {
      return Path.of(value);
    } catch (InvalidPathException e) {
      throw new ConfigException(name + " is not a valid path: " + value);
    }
  }

  static URI httpUrl(String name, String value) {
    try {
      URI uri = new URI(value);
      if (("http".equals(uri.getScheme()) || "https".equals(uri.getScheme()))
          && uri.getHost() != null) {
        return uri;
      }
    } catch (URISyntaxException e) {
      // reported below
    }
    throw new ConfigException(name + " must be an http(s) URL, not '" + value + "'");
  }

  /** A PostgreSQL URL, checked for shape only: reaching it is the store's job. */
  static String postgresUrl(String name, String value) {
    try {
      PostgresDatabase.requireUrl(value);
      return value;
    } catch (IllegalArgumentException e) {
      throw new ConfigException(name + ": " + e.getMessage());
    }
  }

  /** {@code on} or {@code off}, in any case. */
  static boolean onOff(String name, String value) {
    return switch (value.toLowerCase(Locale.ROOT)) {
      case "on" -> true;
      case "off" -> false;
      default -> throw new ConfigException(name + " must be on or off, not '" + value + "'");
    };
  }

  static TrustedProxies addresses(String name, String value) {
    try {
      return TrustedProxies.parse(value);
    } catch (IllegalArgumentException e) {
      throw new ConfigException(name + ": " + e.getMessage());
    }
  }

  /** A comma-separated list of {@link ServerConfig.Limits#CHANNELS}, at least one. */
  static Set<String> channels(String name, String value) {
    Set<String> channels = new LinkedHashSet<>();
    for (String part : value.split(",")) {
      String channel = part.strip().toLowerCase(Locale.ROOT);
      if (!channel.isEmpty()) {
        if (!ServerConfig.Limits.CHANNELS.contains(channel)) {
          throw new ConfigException(
              name
                  + " must list some of "
                  + String.join(", ", ServerConfig.Limits.CHANNELS)
                  + ", not '"
                  + value
                  + "'");
        }
        channels.add(channel);
      }
    }
    if (channels.isEmpty()) {
      throw new ConfigException(name + " must name at least one channel");
    }
    return channels;
  }
}
