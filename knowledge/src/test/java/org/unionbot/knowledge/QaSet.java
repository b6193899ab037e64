package org.unionbot.knowledge;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A question set in the qa-dev.tsv format: {@code question<TAB>gold}, gold alternatives split by
 * {@code |}, parts that must all appear split by {@code &}, {@code <FALLBACK>} for a refusal.
 */
public record QaSet(String name, List<Row> rows) {

  /** The evaluation sets' notices besides the bundled one, by file name under {@code /eval/}. */
  public static final List<String> EVAL_NOTICES =
      List.of(
          "notice-b.txt",
          "notice-c.md",
          "notice-d.txt",
          "notice-e.txt",
          "notice-f.txt",
          "notice-g.md",
          "notice-h.txt",
          "notice-i.md",
          "notice-j.txt",
          "notice-k.txt",
          "notice-l.txt",
          "notice-m.txt",
          "notice-n.txt",
          "notice-o.md",
          "notice-p.txt",
          "notice-q.txt");

  public static final String FALLBACK = "<FALLBACK>";

  /** Longest correct reply, counted without whitespace and punctuation. */
  public static final int MAX_CHARS = 150;

  /**
   * One row, with whether it sits under a {@code # reworded} comment (or in a set of only reworded
   * questions): a question that shares no key word with the sentence holding its answer.
   */
  public record Row(String question, String gold, boolean reworded, boolean offTopic) {

    Row(String question, String gold) {
      this(question, gold, false, false);
    }

    public boolean refusal() {
      return gold.equals(FALLBACK);
    }

    /** True when the answer is what the row asks for. */
    public boolean passes(Answer a) {
      if (refusal()) {
        return a.kind() == Answer.Kind.FALLBACK;
      }
      return concise(a.text()) <= MAX_CHARS && passesIgnoringLength(a);
    }

    /** True when the answer holds the gold string, however long it is. */
    public boolean passesIgnoringLength(Answer a) {
      return a.kind() == Answer.Kind.ANSWER && heldBy(withoutCitation(a.text()));
    }

    /** True when the text holds the gold string: every part of one of its alternatives. */
    public boolean heldBy(String text) {
      for (String alternative : gold.split("\\|")) {
        boolean all = true;
        for (String part : alternative.split("&")) {
          all &= text.contains(part.strip());
        }
        if (all) {
          return true;
        }
      }
      return false;
    }
  }

  /**
   * The answer without its "——摘自「…」" line: a gold string found only in the heading an answer cites
   * (四个步骤“学深悟透”) is not an answer.
   */
  static String withoutCitation(String text) {
    return text.replaceAll("(?m)^——摘自.*$", "");
  }

  public static int concise(String text) {
    return text.replaceAll("[\\p{P}\\p{Z}\\s]", "").length();
  }

  public static QaSet load(String resource) {
    try (InputStream in = QaSet.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalArgumentException("no resource " + resource);
      }
      List<Row> rows = new ArrayList<>();
      boolean reworded = resource.contains("reworded");
      boolean under = false;
      boolean offTopic = false;
      for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
        if (line.startsWith("#")) {
          String comment = line.substring(1).strip().toLowerCase(java.util.Locale.ROOT);
          if (!comment.startsWith("question") && !comment.startsWith("source")) {
            under = comment.contains("reworded");
            offTopic = comment.contains("off-topic");
          }
          continue;
        }
        if (line.isBlank()) {
          continue;
        }
        String[] cols = line.split("\t");
        if (cols.length != 2) {
          throw new IllegalArgumentException("bad row in " + resource + ": " + line);
        }
        rows.add(new Row(cols[0].strip(), cols[1].strip(), reworded || under, offTopic));
      }
      return new QaSet(resource, List.copyOf(rows));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A knowledge base of one notice written out in a test (id "n", its title its first line). */
  public static KnowledgeBase knowledgeBaseOf(String notice) {
    return KnowledgeBase.of(List.of(new NoticeText("n", Optional.empty(), notice)));
  }

  /** A knowledge base of the one notice in this resource (an evaluation notice). */
  public static KnowledgeBase knowledgeBase(String resource) {
    String id = resource.substring(resource.lastIndexOf('/') + 1);
    return KnowledgeBase.of(List.of(new NoticeText(id, Optional.empty(), text(resource))));
  }

  public static String text(String resource) {
    try (InputStream in = QaSet.class.getResourceAsStream(resource)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
