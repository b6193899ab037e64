package org.unionbot.knowledge.analysis;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.unionbot.knowledge.notice.Notice;
import org.unionbot.knowledge.notice.Paragraph;
import org.unionbot.knowledge.notice.Section;

/**
 * Harvests the knowledge-base dictionary from the notices, so that their key terms segment as whole
 * words: quoted terms (“学深悟透”) and book titles, HanLP's key phrases that recur verbatim, and noun
 * compounds (户外劳动者服务站, 新就业形态劳动者, 工会十八大) that the text uses as units.
 */
public final class Dictionary {

  private static final Pattern QUOTED = Pattern.compile("[“「《]([^“”「」《》]{2,12})[”」》]");
  private static final Pattern CLEAN_TERM = Pattern.compile("[\\p{IsHan}A-Za-z0-9·]+");
  private static final int MIN = 3;
  private static final int MAX = 8;

  private Dictionary() {}

  public static List<String> terms(List<Notice> notices) {
    Set<String> out = new LinkedHashSet<>();
    StringBuilder all = new StringBuilder();
    List<String> texts = new ArrayList<>();
    for (Notice n : notices) {
      texts.add(n.title());
      for (Section s : n.sections()) {
        texts.add(s.heading());
        for (Paragraph p : s.paragraphs()) {
          texts.add(p.text());
        }
      }
    }
    texts.forEach(t -> all.append(t).append('\n'));
    String corpus = all.toString();
    for (String t : texts) {
      Matcher m = QUOTED.matcher(t);
      while (m.find()) {
        String term = m.group(1).strip();
        if (CLEAN_TERM.matcher(term).matches()) {
          out.add(term);
        }
      }
    }
    out.addAll(Places.people(notices));
    Segmenter plain = Segmenter.create(out);
    for (String t : texts) {
      compounds(plain.words(t), corpus, out);
    }
    for (String phrase : Segmenter.keyPhrases(corpus, 40)) {
      List<Token> words = plain.words(phrase);
      boolean nouns = true;
      for (int k = 0; k < words.size(); k++) {
        nouns &= nounish(words, k);
      }
      if (nouns && phrase.length() >= MIN && occurrences(corpus, phrase) >= 2) {
        out.add(phrase);
      }
    }
    return List.copyOf(out);
  }

  /**
   * Runs of nouns: the whole run when short, else its sub-runs of two or three words that recur in
   * the text or end in a noun proper (户外劳动者服务站 of 推进户外劳动者服务站建设).
   */
  private static void compounds(List<Token> words, String corpus, Set<String> out) {
    int i = 0;
    while (i < words.size()) {
      int j = i;
      while (j < words.size() && nounish(words, j)) {
        j++;
      }
      if (j - i >= 2) {
        List<Token> run = words.subList(i, j);
        String whole = join(run, 0, run.size());
        if (whole.length() >= MIN + 1 && whole.length() <= MAX) {
          out.add(whole);
        } else {
          for (int a = 0; a < run.size(); a++) {
            for (int b = a + 2; b <= Math.min(run.size(), a + 3); b++) {
              String sub = join(run, a, b);
              boolean headed = run.get(b - 1).pos().startsWith("n");
              if (sub.length() >= MIN + 1
                  && sub.length() <= MAX
                  && (headed || occurrences(corpus, sub) >= 2)) {
                out.add(sub);
              }
            }
          }
        }
      }
      i = Math.max(j, i + 1);
    }
  }

  private static boolean nounish(List<Token> words, int k) {
    Token t = words.get(k);
    String pos = t.pos();
    boolean noun =
        pos.startsWith("n") && !pos.equals("nx")
            || pos.equals("vn")
            || pos.equals("s")
            || pos.equals("j")
            || pos.equals("t") && t.word().length() >= 2;
    boolean prefix =
        pos.equals("a")
            && t.word().length() == 1
            && k + 1 < words.size()
            && words.get(k + 1).pos().startsWith("v");
    return noun || prefix;
  }

  private static String join(List<Token> run, int from, int to) {
    StringBuilder sb = new StringBuilder();
    for (int k = from; k < to; k++) {
      sb.append(run.get(k).word());
    }
    return sb.toString();
  }

  private static int occurrences(String corpus, String term) {
    int n = 0;
    for (int at = corpus.indexOf(term); at >= 0; at = corpus.indexOf(term, at + 1)) {
      n++;
    }
    return n;
  }
}
