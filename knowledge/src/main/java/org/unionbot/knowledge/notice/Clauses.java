package org.unionbot.knowledge.notice;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/** Cuts a sentence into clauses after ，：, never inside quotes or brackets. */
public final class Clauses {

  /** A clause that ends by saying after what the next one happens: …加盖单位公章后, …结束以后. */
  private static final Pattern AFTER = Pattern.compile("(?<![最今前落随然此])后$");

  private Clauses() {}

  /**
   * True when the clause (without its trailing mark) only says after what the next one happens, so
   * it cannot stand without it: 加盖单位公章后，扫描发送…; not 最后, 今后, 落后.
   */
  public static boolean endsWithAfter(String clause) {
    return AFTER.matcher(clause).find();
  }

  public static List<String> of(String sentence) {
    List<String> out = new ArrayList<>();
    int depth = 0;
    int start = 0;
    for (int i = 0; i < sentence.length(); i++) {
      char c = sentence.charAt(i);
      if ("“「《(（【".indexOf(c) >= 0) {
        depth++;
      } else if ("”」》)）】".indexOf(c) >= 0 && depth > 0) {
        depth--;
      } else if (depth == 0 && (c == '，' || c == '：' || c == ',')) {
        out.add(sentence.substring(start, i + 1));
        start = i + 1;
      }
    }
    if (start < sentence.length()) {
      out.add(sentence.substring(start));
    }
    return List.copyOf(out);
  }
}
