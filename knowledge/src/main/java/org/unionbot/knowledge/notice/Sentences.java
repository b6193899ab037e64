package org.unionbot.knowledge.notice;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Splits paragraphs into sentences and finds the topic sentence. */
public final class Sentences {

  /** Longest first sentence that counts as a paragraph's topic sentence. */
  static final int TOPIC_MAX = 48;

  private static final String ENDS = "。！？；!?;";
  private static final String CLOSERS = "”’」』）)";

  private Sentences() {}

  /**
   * Splits after 。！？； (and a closing quote right after them), keeping a quotation with the
   * attribution that follows it; never returns blanks.
   */
  public static List<String> split(String text) {
    List<String> out = new ArrayList<>();
    int start = 0;
    int depth = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '“' || c == '「') {
        depth++;
      } else if ((c == '”' || c == '」') && depth > 0) {
        depth--;
      }
      if (ENDS.indexOf(c) >= 0 && depth == 0) {
        int end = i + 1;
        while (end < text.length() && CLOSERS.indexOf(text.charAt(end)) >= 0) {
          end++;
        }
        add(out, text.substring(start, end));
        start = end;
        i = end - 1;
      }
    }
    add(out, text.substring(start));
    return withAttributions(out);
  }

  /** What a news report writes after a quotation: "……。”在物流公司工作的职工小刘说。". */
  private static final java.util.regex.Pattern ATTRIBUTION =
      java.util.regex.Pattern.compile("^[^“”。！？]{1,30}(说|表示|介绍|指出|称|坦言|感慨|告诉记者)[。！]$");

  /**
   * A quotation and the short sentence after it that says who said it are one sentence, so that a
   * question about the speaker finds what they said.
   */
  private static List<String> withAttributions(List<String> sentences) {
    List<String> out = new ArrayList<>();
    for (String s : sentences) {
      int last = out.size() - 1;
      if (last >= 0 && out.get(last).endsWith("”") && ATTRIBUTION.matcher(s).matches()) {
        out.set(last, out.get(last) + s);
      } else {
        out.add(s);
      }
    }
    return out;
  }

  static Paragraph paragraph(String text) {
    List<String> sentences = split(text);
    Optional<String> topic = Optional.empty();
    if (sentences.size() > 1) {
      String first = sentences.get(0);
      if (first.length() <= TOPIC_MAX && first.endsWith("。") && !first.contains("，")) {
        topic = Optional.of(first.substring(0, first.length() - 1));
      }
    }
    return new Paragraph(text, sentences, topic);
  }

  private static void add(List<String> out, String s) {
    String t = s.strip();
    if (!t.isEmpty()) {
      out.add(t);
    }
  }
}
