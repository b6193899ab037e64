package org.unionbot.knowledge.analysis;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Everyday words workers use for the official words of union notices (外卖小哥 for 新就业形态劳动者, 老板 for
 * 用人单位, 钱 for 经费), read once from {@code everyday.txt} beside this class. A question word the
 * notice lacks is then also matched by its official words, at partial credit; unlike the admins'
 * synonyms, which rewrite a question, this never replaces what the worker said. Immutable.
 */
public final class Everyday {

  private static final Map<String, List<String>> OFFICIAL = load();

  /** {@link #shortForms} of every official word that has any, built once from the list. */
  private static final Map<String, List<String>> SHORT_FORMS = shortForms(OFFICIAL);

  private Everyday() {}

  /** The official words of an everyday word (normalised), or an empty list. */
  public static List<String> official(String word) {
    return OFFICIAL.getOrDefault(Segmenter.normalize(word), List.of());
  }

  /**
   * The shorter words that a list line makes one with this official word and that abbreviate it,
   * from more than one of its parts: 入会 for 加入工会 (the line 入工会 → 入会|加入工会). Empty when there are
   * none.
   */
  public static List<String> shortForms(String official) {
    return SHORT_FORMS.getOrDefault(Segmenter.normalize(official), List.of());
  }

  private static Map<String, List<String>> shortForms(Map<String, List<String>> official) {
    Map<String, List<String>> out = new HashMap<>();
    official.forEach(
        (everyday, words) -> {
          List<String> line = new ArrayList<>(words);
          line.add(0, everyday);
          for (String w : words) {
            for (String other : line) {
              // a shortening takes characters from the word's parts (入会 of 加入工会), not a piece
              // of it (领导 of 领导干部), which other sentences say of other things
              List<String> forms = out.computeIfAbsent(w, k -> new ArrayList<>());
              if (abbreviates(other, w) && !w.contains(other) && !forms.contains(other)) {
                forms.add(other);
              }
            }
          }
        });
    out.values().removeIf(List::isEmpty);
    out.replaceAll((w, forms) -> List.copyOf(forms));
    return Map.copyOf(out);
  }

  /** True when a word is a shortening of a longer one: its characters in order (劳模 of 劳动模范). */
  public static boolean abbreviates(String shortWord, String longWord) {
    if (longWord.length() <= shortWord.length()) {
      return false;
    }
    int at = 0;
    for (int i = 0; i < shortWord.length(); i++) {
      at = longWord.indexOf(shortWord.charAt(i), at);
      if (at < 0) {
        return false;
      }
      at++;
    }
    return true;
  }

  /** The everyday words, for the segmenter's dictionary so they stay whole words. */
  public static Set<String> words() {
    return OFFICIAL.keySet();
  }

  private static Map<String, List<String>> load() {
    try (InputStream in = Everyday.class.getResourceAsStream("everyday.txt")) {
      if (in == null) {
        throw new IllegalStateException("everyday.txt is missing from the jar");
      }
      Map<String, List<String>> out = new LinkedHashMap<>();
      for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        String[] cols = line.strip().split("\t");
        if (cols.length != 2) {
          throw new IllegalStateException("bad line in everyday.txt: " + line);
        }
        List<String> words = new ArrayList<>();
        for (String w : cols[1].split("\\|")) {
          String n = Segmenter.normalize(w.strip());
          if (n.length() >= 2 && !words.contains(n)) {
            words.add(n);
          }
        }
        if (out.put(Segmenter.normalize(cols[0].strip()), List.copyOf(words)) != null) {
          throw new IllegalStateException("everyday.txt has this word twice: " + cols[0]);
        }
      }
      return Map.copyOf(out);
    } catch (IOException e) {
      throw new UncheckedIOException("reading everyday.txt", e);
    }
  }
}
