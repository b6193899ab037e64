package org.unionbot.bench;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * A server {@link ChatBench} starts and loads: a name, a jar and the {@code serve} flags to start
 * it with (after {@code --port 0 --data TMP}, which the bench sets).
 *
 * <p>On the command line: {@code name=NAME[,jar=PATH][,flags=FLAGS]}. {@code flags} comes last and
 * takes the rest of the spec, commas included; it is split at spaces, and single or double quotes
 * keep a value with spaces together: {@code name=limits-on,flags=--a 1 --b "x y",127.0.0.1}.
 * Without {@code jar}, the bench's own jar.
 */
record ServerTarget(String name, Path jar, List<String> flags) {
  /** Flags the bench sets itself: a target must not move the server off loopback or its data. */
  private static final Set<String> RESERVED = Set.of("--port", "--data", "--host");

  ServerTarget {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(jar, "jar");
    flags = List.copyOf(flags);
    if (!name.matches("[A-Za-z0-9][A-Za-z0-9._-]{0,39}")) {
      throw new IllegalArgumentException(
          "a target name is letters, digits, '.', '_' and '-', up to 40: " + name);
    }
    for (String flag : flags) {
      String option = flag.split("=", 2)[0];
      if (RESERVED.contains(option)) {
        throw new IllegalArgumentException(
            "the bench sets " + option + " itself; remove it from the flags of " + name);
      }
    }
  }

  /**
   * Reads {@code name=NAME[,jar=PATH][,flags=FLAGS]}.
   *
   * @param defaultJar the jar of a target that names none
   */
  static ServerTarget parse(String spec, Path defaultJar) {
    String name = null;
    Path jar = defaultJar;
    List<String> flags = List.of();
    String rest = spec;
    while (!rest.isEmpty()) {
      if (rest.startsWith("flags=")) {
        flags = split(rest.substring("flags=".length()));
        break;
      }
      int comma = rest.indexOf(',');
      String field = comma < 0 ? rest : rest.substring(0, comma);
      rest = comma < 0 ? "" : rest.substring(comma + 1);
      String[] kv = field.split("=", 2);
      if (kv.length != 2 || kv[1].isEmpty()) {
        throw new IllegalArgumentException("not name=value in --target " + spec + ": " + field);
      }
      switch (kv[0]) {
        case "name" -> name = kv[1];
        case "jar" -> jar = Path.of(kv[1]);
        default ->
            throw new IllegalArgumentException(
                "unknown field " + kv[0] + " in --target " + spec + " (name, jar, flags)");
      }
    }
    if (name == null) {
      throw new IllegalArgumentException("--target " + spec + " needs a name=");
    }
    return new ServerTarget(name, jar, flags);
  }

  /** Splits at whitespace; single or double quotes keep their content, spaces included, as one. */
  static List<String> split(String flags) {
    List<String> words = new ArrayList<>();
    StringBuilder word = new StringBuilder();
    boolean inWord = false;
    char quote = 0;
    for (int i = 0; i < flags.length(); i++) {
      char c = flags.charAt(i);
      if (quote != 0) {
        if (c == quote) {
          quote = 0;
        } else {
          word.append(c);
        }
      } else if (c == '"' || c == '\'') {
        quote = c;
        inWord = true;
      } else if (Character.isWhitespace(c)) {
        if (inWord) {
          words.add(word.toString());
          word.setLength(0);
          inWord = false;
        }
      } else {
        word.append(c);
        inWord = true;
      }
    }
    if (quote != 0) {
      throw new IllegalArgumentException("unclosed quote in flags: " + flags);
    }
    if (inWord) {
      words.add(word.toString());
    }
    return words;
  }

  /** The flags as one line, for the report. */
  String flagsText() {
    return flags.isEmpty() ? "(none)" : String.join(" ", flags);
  }
}
