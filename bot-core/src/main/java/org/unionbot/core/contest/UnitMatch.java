package org.unionbot.core.contest;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Finds the unit a worker means by what they typed after 绑定单位. Names are compared without spaces,
 * punctuation and width or case differences. A name that is exactly one unit's is that unit; one
 * that names a part of exactly one unit (盐城XX公司 for 盐城XX公司工会), or that one unit's name is a part
 * of, is that unit too. Anything else is unclear: the units sharing most two-character pieces with
 * it are offered as numbered choices ({@link #CHOICES} at most).
 */
public final class UnitMatch {

  /** The most choices offered. */
  public static final int CHOICES = 5;

  /** The least share of shared two-character pieces (Dice) for a unit to be offered. */
  static final double LEAST_LIKE = 0.34;

  private static final Pattern NOISE = Pattern.compile("[\\p{P}\\p{S}\\s]+");

  /** What a typed name matched. */
  public sealed interface Result {}

  /** One unit, clearly. */
  public record Found(Unit unit) implements Result {}

  /** Several units (or one only somewhat alike), best first: the worker picks by number. */
  public record Choices(List<Unit> units) implements Result {
    public Choices {
      units = List.copyOf(units);
    }
  }

  /** No unit is like it. */
  public record NotFound() implements Result {}

  private UnitMatch() {}

  /** The unit or units {@code typed} names among {@code units}. */
  public static Result find(String typed, List<Unit> units) {
    String want = key(typed);
    if (want.isEmpty()) {
      return new NotFound();
    }
    List<Unit> containing = new ArrayList<>();
    for (Unit u : units) {
      String have = key(u.name());
      if (have.equals(want)) {
        return new Found(u);
      }
      if (have.contains(want) || (want.contains(have) && have.length() >= 2)) {
        containing.add(u);
      }
    }
    if (containing.size() == 1) {
      return new Found(containing.get(0));
    }
    if (!containing.isEmpty()) {
      containing.sort(Comparator.comparingDouble((Unit u) -> -dice(want, key(u.name()))));
      return new Choices(containing.subList(0, Math.min(CHOICES, containing.size())));
    }
    List<Unit> alike =
        units.stream()
            .filter(u -> dice(want, key(u.name())) >= LEAST_LIKE)
            .sorted(Comparator.comparingDouble((Unit u) -> -dice(want, key(u.name()))))
            .limit(CHOICES)
            .toList();
    return alike.isEmpty() ? new NotFound() : new Choices(alike);
  }

  /** A name as compared: NFKC, lower case, without spaces, punctuation and symbols. */
  static String key(String name) {
    String n = Normalizer.normalize(name, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
    return NOISE.matcher(n).replaceAll("");
  }

  /** The Dice coefficient of two strings' sets of two-character pieces. */
  static double dice(String a, String b) {
    Set<String> x = pieces(a);
    Set<String> y = pieces(b);
    if (x.isEmpty() || y.isEmpty()) {
      return 0;
    }
    int shared = 0;
    for (String p : x) {
      shared += y.contains(p) ? 1 : 0;
    }
    return 2.0 * shared / (x.size() + y.size());
  }

  private static Set<String> pieces(String s) {
    Set<String> out = new HashSet<>();
    int[] cps = s.codePoints().toArray();
    for (int i = 0; i + 1 < cps.length; i++) {
      out.add(new String(cps, i, 2));
    }
    if (cps.length == 1) {
      out.add(s);
    }
    return out;
  }
}
