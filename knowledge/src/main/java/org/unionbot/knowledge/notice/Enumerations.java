package org.unionbot.knowledge.notice;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Finds the enumerations a text lists, for list answers and list quiz items. Thread-safe. */
public final class Enumerations {

  private Enumerations() {}

  /**
   * The enumerations in a text: items joined by 、 within one clause (the last may be joined by
   * 和/及/与), and runs of adjacent quoted names (“劳模进工地”“红色故事我来讲”). A linear scan; this runs for
   * every candidate of every question.
   */
  public static List<List<String>> of(String canonical) {
    return ENUMERATIONS.get(canonical, Enumerations::scan);
  }

  /** Sentences and windows recur across questions; their enumerations are worth keeping. */
  private static final Cache<String, List<List<String>>> ENUMERATIONS =
      Caffeine.newBuilder().maximumSize(20_000).recordStats().build();

  /** The cache of enumerations found, for its metrics. */
  public static Cache<String, ?> cache() {
    return ENUMERATIONS;
  }

  private static List<List<String>> scan(String canonical) {
    List<List<String>> out = new ArrayList<>();
    // 各县（市、区）: a 、 inside brackets qualifies a name, it lists nothing
    String text = canonical.indexOf('、') >= 0 ? BRACKETED.matcher(canonical).replaceAll("") : "";
    if (text.indexOf('、') >= 0) {
      for (String clause : CLAUSE_BREAK.split(text)) {
        if (clause.indexOf('、') < 0) {
          continue;
        }
        List<String> parts = new ArrayList<>(List.of(clause.split("、")));
        String tail = parts.remove(parts.size() - 1);
        for (String t : LAST_JOIN.split(tail, 2)) {
          parts.add(t);
        }
        out.add(parts);
      }
    }
    books(canonical, out);
    int at = canonical.indexOf("”“");
    while (at >= 0) {
      int open = canonical.lastIndexOf('“', at);
      List<String> names = new ArrayList<>();
      int close = at;
      while (open >= 0 && close > open) {
        names.add(canonical.substring(open + 1, close));
        if (!canonical.startsWith("”“", close)) {
          break;
        }
        open = close + 1;
        close = canonical.indexOf('”', open + 1);
      }
      if (names.size() >= 2) {
        out.add(names);
      }
      at = close < 0 ? -1 : canonical.indexOf("”“", close + 1);
    }
    return out;
  }

  private static final Pattern BRACKETED = Pattern.compile("[（(][^（()）]{0,12}[）)]");

  /** Book titles joined by 和/及/与/、 or nothing: 《劳动合同法》和《工会法》. */
  private static final Pattern BOOKS =
      Pattern.compile("《[^《》]{1,30}》(?:(?:和|及|与|、|以及)?《[^《》]{1,30}》)+");

  private static void books(String canonical, List<List<String>> out) {
    if (canonical.indexOf("》") < 0) {
      return;
    }
    Matcher m = BOOKS.matcher(canonical);
    while (m.find()) {
      List<String> names = new ArrayList<>();
      Matcher name = BOOK.matcher(m.group());
      while (name.find()) {
        names.add(name.group(1));
      }
      out.add(names);
    }
  }

  private static final Pattern BOOK = Pattern.compile("《([^《》]{1,30})》");

  private static final Pattern CLAUSE_BREAK = Pattern.compile("[，。；：“”,;:!?！？\\n]");
  private static final Pattern LAST_JOIN = Pattern.compile("和|及|与|以及");
}
