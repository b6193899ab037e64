package org.unionbot.knowledge.index;

import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.unionbot.knowledge.notice.Items;
import org.unionbot.knowledge.notice.Notice;
import org.unionbot.knowledge.notice.Section;

/**
 * What a version embeds, and the embedding itself: each passage as its sentence after its heading,
 * so a sentence under 「活动时间」 is about time even when it never says so; each headed section as its
 * heading with its items, so "有哪几个步骤" finds the outline.
 */
final class Vectors {

  private static final Logger LOG = LoggerFactory.getLogger(Vectors.class);

  /** Longest text embedded for a section; its items beyond this add little. */
  private static final int SECTION_TEXT = 200;

  /** Builds with more units than this log their progress. */
  private static final int LOGGED = 500;

  private Vectors() {}

  /** The vectors of the passages and of the sections, in their order. */
  static float[][][] embed(
      Embedder embedder, List<Passage> passages, List<Section> sections, List<Notice> owners) {
    List<String> texts = new ArrayList<>(passages.size() + sections.size());
    passages.forEach(p -> texts.add(text(p)));
    for (int i = 0; i < sections.size(); i++) {
      texts.add(text(owners.get(i), sections.get(i)));
    }
    long start = System.nanoTime();
    int total = texts.size();
    int[] logged = {0};
    List<float[]> vectors =
        embedder.passages(
            texts,
            done -> {
              int tenth = done * 10 / total;
              if (total > LOGGED && tenth > logged[0]) {
                logged[0] = tenth;
                LOG.info("embedding the knowledge base: {} of {} passages", done, total);
              }
            });
    if (total > LOGGED) {
      LOG.info(
          "embedded {} passages and sections in {} ms",
          total,
          (System.nanoTime() - start) / 1_000_000);
    }
    float[][] ps = vectors.subList(0, passages.size()).toArray(new float[0][]);
    float[][] ss = vectors.subList(passages.size(), total).toArray(new float[0][]);
    return new float[][][] {ps, ss};
  }

  /** A passage as embedded: its heading, if it has one, then its sentence. */
  static String text(Passage p) {
    String heading = p.section().heading().isEmpty() ? "" : p.section().title();
    return heading.isEmpty() || heading.equals(p.text()) ? p.text() : heading + "：" + p.text();
  }

  /** A section as embedded: its heading, then its items. */
  static String text(Notice n, Section s) {
    if (s.heading().isEmpty()) {
      return n.title();
    }
    String items = String.join("；", Items.of(n, s));
    String text = items.isEmpty() ? s.title() : s.title() + "：" + items;
    return text.length() > SECTION_TEXT ? text.substring(0, SECTION_TEXT) : text;
  }
}
