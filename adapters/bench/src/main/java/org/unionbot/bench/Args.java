package org.unionbot.bench;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The benchmark commands' options: {@code --name value} pairs and bare {@code --flag}s; an unknown
 * option is an error. Immutable.
 */
final class Args {
  private final Map<String, List<String>> values;
  private final Set<String> flags;

  private Args(Map<String, List<String>> values, Set<String> flags) {
    this.values = values;
    this.flags = flags;
  }

  /**
   * @param options the options that take a value
   * @param flags the options that take none
   * @throws IllegalArgumentException on an unknown option or a missing value
   */
  static Args parse(String[] args, Set<String> options, Set<String> flags) {
    Map<String, List<String>> values = new HashMap<>();
    Set<String> given = new HashSet<>();
    for (int i = 0; i < args.length; i++) {
      String name = args[i].startsWith("--") ? args[i].substring(2) : "";
      if (flags.contains(name)) {
        given.add(name);
      } else if (options.contains(name)) {
        if (i + 1 == args.length) {
          throw new IllegalArgumentException("--" + name + " needs a value");
        }
        values.computeIfAbsent(name, k -> new ArrayList<>()).add(args[++i]);
      } else {
        throw new IllegalArgumentException("unknown option: " + args[i]);
      }
    }
    return new Args(values, given);
  }

  Optional<String> get(String name) {
    List<String> all = all(name);
    return all.isEmpty() ? Optional.empty() : Optional.of(all.get(all.size() - 1));
  }

  String get(String name, String otherwise) {
    return get(name).orElse(otherwise);
  }

  String require(String name) {
    return get(name).orElseThrow(() -> new IllegalArgumentException("--" + name + " is required"));
  }

  int integer(String name, int otherwise) {
    return get(name).map(Integer::parseInt).orElse(otherwise);
  }

  long number(String name, long otherwise) {
    return get(name).map(Long::parseLong).orElse(otherwise);
  }

  double decimal(String name, double otherwise) {
    return get(name).map(Double::parseDouble).orElse(otherwise);
  }

  List<String> all(String name) {
    return values.getOrDefault(name, List.of());
  }

  boolean flag(String name) {
    return flags.contains(name);
  }
}
