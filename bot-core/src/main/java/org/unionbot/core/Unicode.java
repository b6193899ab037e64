package org.unionbot.core;

import java.util.Optional;

/**
 * Checks on text from the outside. A Java string can hold an unpaired surrogate (JSON's {@code
 * "\ud800"} makes one), which no encoding carries: a database stores it as {@code ?}, so two
 * different ids would become one. Ids and texts with one are refused at the edge.
 */
public final class Unicode {
  private Unicode() {}

  /**
   * Where {@code text} has an unpaired surrogate: the index of the first one, or empty when the
   * string is valid Unicode.
   */
  public static Optional<Integer> unpairedSurrogate(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Character.isHighSurrogate(c)
          && i + 1 < text.length()
          && Character.isLowSurrogate(text.charAt(i + 1))) {
        i++;
      } else if (Character.isSurrogate(c)) {
        return Optional.of(i);
      }
    }
    return Optional.empty();
  }
}
