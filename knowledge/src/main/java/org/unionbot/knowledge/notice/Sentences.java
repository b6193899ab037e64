package org.unionbot.knowledge.notice;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/** Splits paragraphs into sentences and finds the topic sentence. */
public final class Sentences {

  /** Longest first sentence that counts as a paragraph's topic sentence. */
  static final int TOPIC_MAX = 48;

  private static final String ENDS = "。！？；!?;";
  private static final String CLOSERS = "”’」』）)";

  private Sentences() {}

  /**
   * Splits after 。！？； (and a closing quote right after them), keeping a quotation with the
   * attribution that follows it and what brackets hold together; never returns blanks.
   */
  public static List<String> split(String text) {
    List<String> out = new ArrayList<>();
    int start = 0;
    int depth = 0;
    int brackets = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '“' || c == '「') {
        depth++;
      } else if ((c == '”' || c == '」') && depth > 0) {
        depth--;
      } else if (c == '（' || c == '(') {
        brackets++;
      } else if ((c == '）' || c == ')') && brackets > 0) {
        brackets--;
      }
      // （工作日9:00—17:30；10月1日至7日9:00—17:00）: a ； inside brackets that close parts their text
      boolean bracketed = brackets > 0 && (c == '；' || c == ';') && closes(text, i);
      if (ENDS.indexOf(c) >= 0 && depth == 0 && !bracketed) {
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

  /** True when a closing bracket follows position {@code i} before the paragraph's next 。. */
  private static boolean closes(String text, int i) {
    for (int k = i + 1; k < text.length(); k++) {
      char c = text.charAt(k);
      if (c == '）' || c == ')') {
        return true;
      }
      if (c == '。') {
        return false;
      }
    }
    return false;
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

  /** A point a speech numbers in words: 第一，, 第二，. */
  static final Pattern SPOKEN_ORDINAL = Pattern.compile("^第[一二三四五六七八九十]{1,2}[，,]");

  static Paragraph paragraph(String text) {
    List<String> sentences = split(text);
    Optional<String> topic = Optional.empty();
    if (sentences.size() > 1) {
      // 第一，扩大覆盖面。今年全市要新建…: a speech numbers its points in words before the topic
      String first = SPOKEN_ORDINAL.matcher(sentences.get(0)).replaceFirst("");
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
