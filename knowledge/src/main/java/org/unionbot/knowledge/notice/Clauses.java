package org.unionbot.knowledge.notice;

import java.util.ArrayList;
import java.util.List;

/** Cuts a sentence into clauses after ，：, never inside quotes or brackets. */
public final class Clauses {

  private Clauses() {}

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
