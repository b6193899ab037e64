package org.unionbot.knowledge.index;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import org.unionbot.knowledge.analysis.Canonical;
import org.unionbot.knowledge.notice.Caption;
import org.unionbot.knowledge.notice.Clauses;
import org.unionbot.knowledge.notice.Notice;
import org.unionbot.knowledge.notice.Paragraph;
import org.unionbot.knowledge.notice.Section;
import org.unionbot.knowledge.notice.Sentences;

/**
 * Cuts notices into passages: each notice's title, the sentences of its body, and the parts around
 * the body a reader also asks about (photo captions, the addressee, the issuer and date it is
 * signed with, the attached documents), each as a passage of its own kind, so that a fact in a
 * caption is answered and cited as the caption.
 */
final class Passages {

  /** Position of a part around the body in its synthetic section. */
  private static final int PART = -2;

  final List<Passage> passages = new ArrayList<>();
  final List<List<Passage>> paragraphs = new ArrayList<>();
  final List<Section> sections = new ArrayList<>();
  final List<Notice> sectionNotices = new ArrayList<>();
  final StringBuilder corpus = new StringBuilder();

  private Passages() {}

  static Passages of(List<Notice> notices) {
    Passages out = new Passages();
    notices.forEach(out::add);
    return out;
  }

  private void add(Notice n) {
    part(n, n.title(), "", Passage.Kind.TITLE);
    n.addressee().ifPresent(a -> part(n, "主送：" + a + "。", "", Passage.Kind.ADDRESSEE));
    Set<String> titles = new HashSet<>();
    n.sections().forEach(s -> titles.add(Canonical.text(s.title())));
    for (Section s : n.sections()) {
      sections.add(s);
      sectionNotices.add(n);
      corpus.append(Canonical.text(s.heading())).append('\n');
      for (int p = 0; p < s.paragraphs().size(); p++) {
        Paragraph para = s.paragraphs().get(p);
        if (para.listed() && titles.contains(Canonical.text(withoutEndMark(para.text())))) {
          // a table of contents line (◆临江区总工会…签约612人) names a part, whose own sentences answer
          continue;
        }
        paragraph(n, s, p, Passage.Kind.TEXT);
      }
    }
    for (Caption c : n.captions()) {
      String heading =
          c.section() >= 0 && c.section() < n.sections().size()
              ? n.sections().get(c.section()).heading()
              : "";
      part(n, c.text(), heading, Passage.Kind.CAPTION);
    }
    signature(n).ifPresent(s -> part(n, s, "", Passage.Kind.SIGNATURE));
    if (n.forwardedBy().isPresent()) {
      String on = n.forwardedOn().map(d -> "，" + d).orElse("");
      part(n, "转发：" + n.forwardedBy().get() + on + "。", "", Passage.Kind.SIGNATURE);
    }
    if (!n.attachments().isEmpty()) {
      StringBuilder list = new StringBuilder("附件：");
      for (int i = 0; i < n.attachments().size(); i++) {
        list.append(i == 0 ? "" : "；").append(i + 1).append('.').append(n.attachments().get(i));
      }
      part(n, list.append('。').toString(), "", Passage.Kind.ATTACHMENTS);
    }
  }

  private static String withoutEndMark(String text) {
    return text.strip().replaceAll("[。；;，,：:]+$", "");
  }

  /** "落款：江州市总工会，2026年6月10日。", or what the notice has of it. */
  private static Optional<String> signature(Notice n) {
    if (n.issuer().isEmpty() && n.dateline().isEmpty()) {
      return Optional.empty();
    }
    List<String> parts = new ArrayList<>();
    n.issuer().ifPresent(parts::add);
    n.dateline().ifPresent(parts::add);
    return Optional.of("落款：" + String.join("，", parts) + "。");
  }

  /**
   * A part around the body: a one-paragraph section of its own under {@code heading} (the heading
   * it sits under, which is context, not a citation).
   */
  private void part(Notice n, String text, String heading, Passage.Kind kind) {
    if (text.isBlank()) {
      return;
    }
    Paragraph para =
        kind == Passage.Kind.TITLE
            ? new Paragraph(text, List.of(text), Optional.empty())
            : new Paragraph(text, Sentences.split(text), Optional.empty());
    Section s = new Section(PART, 0, heading, -1, OptionalInt.empty(), List.of(para));
    paragraph(n, s, 0, kind);
  }

  private void paragraph(Notice n, Section s, int p, Passage.Kind kind) {
    Paragraph para = s.paragraphs().get(p);
    List<Passage> inPara = new ArrayList<>();
    // the notice's title is every sentence's context: "送清凉活动从哪天开始" names the notice, then asks
    // a sub-part's heading that each part has (典型意义 under each 案例…) says which part with it
    String parent = Passage.repeats(n, s) ? n.sections().get(s.parent()).heading() + "\n" : "";
    String head =
        Canonical.text(n.title() + "\n" + parent + s.heading() + "\n" + para.topic().orElse(""));
    if (kind == Passage.Kind.CAPTION) {
      // 照片上是什么, 图片里的人是谁: a caption says what its photo shows
      head += "\n" + Canonical.text(kind.label());
      corpus.append(Canonical.text(kind.label())).append('\n');
    }
    String previous = "";
    for (int i = 0; i < para.sentences().size(); i++) {
      String text = para.sentences().get(i);
      String canonical = Canonical.text(text);
      List<String> clauses = kind == Passage.Kind.TITLE ? List.of(text) : Clauses.of(text);
      Passage passage =
          new Passage(
              passages.size(),
              n,
              s,
              p,
              i,
              text,
              canonical,
              head + "\n" + previous + "\n" + canonical,
              clauses,
              clauses.stream().map(Canonical::text).toList(),
              kind);
      previous = canonical;
      passages.add(passage);
      inPara.add(passage);
      corpus.append(canonical).append('\n');
    }
    if (!inPara.isEmpty()) {
      paragraphs.add(List.copyOf(inPara));
    }
  }
}
