package org.unionbot.wechat;

import java.util.Random;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * A minimal property-test runner: {@code tries} inputs from a seeded generator, each checked; the
 * first failure is reported with its seed and a printable form of the input. Runs are reproducible:
 * every try's {@link Random} is seeded from the property's seed and the try number; {@code
 * -Dunionbot.seed=N} replaces every property's seed to explore other inputs.
 *
 * <p>Why not jqwik: from 1.10 its maintainers ask, in an "Anti-AI Usage Clause", that it not be
 * used with AI coding agents, and its engine prints a line addressed to them. This code is written
 * with one, so we honour the request; no shrinking, but fixed seeds and short inputs instead.
 */
final class Property {
  private static final int MAX_SHOWN = 400;

  private Property() {}

  static <T> void forAll(
      long seed, int tries, Function<Random, T> generator, Consumer<? super T> property) {
    long base = Long.getLong("unionbot.seed", seed);
    for (int i = 0; i < tries; i++) {
      T input = generator.apply(new Random(base * 1_000_003L + i));
      try {
        property.accept(input);
      } catch (AssertionError | RuntimeException e) {
        throw new AssertionError(
            "falsified at try "
                + i
                + " of "
                + tries
                + " (seed "
                + base
                + "), input: "
                + show(input),
            e);
      }
    }
  }

  /** {@code value} with everything outside printable ASCII and CJK escaped, cut to a length. */
  static String show(Object value) {
    String text = String.valueOf(value);
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < text.length() && out.length() < MAX_SHOWN; i++) {
      char c = text.charAt(i);
      boolean plain = (c >= 0x20 && c < 0x7F) || (c >= 0x4E00 && c <= 0x9FFF);
      out.append(plain ? String.valueOf(c) : String.format("\\u%04X", (int) c));
    }
    return text.length() > MAX_SHOWN ? out + "… (" + text.length() + " chars)" : out.toString();
  }
}
