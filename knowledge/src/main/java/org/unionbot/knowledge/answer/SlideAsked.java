package org.unionbot.knowledge.answer;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.unionbot.knowledge.Answer;
import org.unionbot.knowledge.analysis.Canonical;
import org.unionbot.knowledge.index.Snapshot;
import org.unionbot.knowledge.notice.Headings;
import org.unionbot.knowledge.notice.Notice;
import org.unionbot.knowledge.notice.Numerals;
import org.unionbot.knowledge.notice.Section;

/**
 * Questions of a slide deck's slides: what a slide by its number is about (第13页讲什么, 幻灯片 11讲的是什么),
 * and which slide is about a thing (哪一页讲法律援助). A deck's slides head their sections with their
 * numbers ({@link Headings#SLIDE}); a notice that is no deck has none, and these questions fall
 * through to the text, as they do where two notices are decks.
 */
final class SlideAsked {

  /** A slide by its number: 第13页, 第13张幻灯片, 幻灯片 11, P11. */
  private static final Pattern BY_NUMBER =
      Pattern.compile(
          "第\\s*(\\d{1,3}|[一二三四五六七八九十]{1,3})\\s*[页张]|幻灯片\\s*(\\d{1,3})|(?<![A-Za-z])[Pp](\\d{1,3})");

  /** A question of which slide: 哪一页, 哪页, 第几页, 哪张幻灯片. */
  private static final Pattern WHICH = Pattern.compile("哪一?[页张]|第几[页张]");

  /** The least share of the question's words a slide's title must hold to be the one asked. */
  private static final double TITLE_COVERS = 0.6;

  private SlideAsked() {}

  static Optional<Answer> answer(Snapshot kb, Question q, Weights w) {
    Matcher numbered = BY_NUMBER.matcher(q.text());
    boolean byNumber = numbered.find();
    if (!byNumber && (!WHICH.matcher(q.text()).find() || w.isEmpty())) {
      return Optional.empty(); // no question of a slide: the notices' headings go unread
    }
    // the one deck among the notices (beside the bundled notice, say); of two decks, neither is
    // sure
    List<Notice> decks = kb.notices.stream().filter(n -> !slides(n).isEmpty()).toList();
    if (decks.size() != 1) {
      return Optional.empty();
    }
    Notice n = decks.get(0);
    List<Section> slides = slides(n);
    if (byNumber) {
      String digits =
          numbered.group(1) != null
              ? numbered.group(1)
              : numbered.group(2) != null ? numbered.group(2) : numbered.group(3);
      int asked = Numerals.parse(digits);
      return slides.stream()
          .filter(s -> number(s) == asked)
          .findFirst()
          .map(s -> said(kb, n, s, "第" + asked + "页讲的是：" + ended(s.title())));
    }
    Section best = null;
    double most = 0;
    for (Section s : slides) {
      double covered = w.coverage(Canonical.text(s.title()));
      if (covered > most) {
        most = covered;
        best = s;
      }
    }
    if (best == null || most < TITLE_COVERS) {
      return Optional.empty();
    }
    Section found = best;
    return Optional.of(said(kb, n, found, "在第" + number(found) + "页：" + ended(found.title())));
  }

  /**
   * A slide's title as the end of a sentence: 。 after it, unless it ends with its own mark (谁来管？).
   */
  private static String ended(String title) {
    return title.matches(".*[。？！?!]$") ? title : title + "。";
  }

  private static List<Section> slides(Notice n) {
    return n.sections().stream().filter(s -> Headings.SLIDE.matcher(s.heading()).find()).toList();
  }

  private static int number(Section s) {
    Matcher m = Headings.SLIDE.matcher(s.heading());
    return m.find() ? Integer.parseInt(m.group(1)) : -1;
  }

  /** The reply, citing the deck by its title when it sits beside other notices. */
  private static Answer said(Snapshot kb, Notice n, Section s, String text) {
    return Replies.answer(text + Replies.whose(kb, n), n, s.title(), "");
  }
}
