package org.unionbot.knowledge;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.unionbot.knowledge.analysis.Segmenter;
import org.unionbot.knowledge.notice.Notice;
import org.unionbot.knowledge.notice.Section;

/**
 * Named things "where" and "who" questions ask for: place names (country-level names left out) and
 * people named after a role (副主席王芳, 教授刘元文, 记者 张兆领).
 */
final class Places {

  private static final java.util.regex.Pattern ROLE_THEN_NAME =
      java.util.regex.Pattern.compile(
          "(主席|书记|教授|记者|通讯员|组长|局长|部长|院长|主任|委员|同志|专家|校长|经理|会长|理事长|作者)[\\s　]*([\\p{IsHan}]{2,4})");

  private static final Set<String> TOO_BROAD = Set.of("中国", "中华", "全国", "我国", "国家", "全市", "全省");

  private Places() {}

  /** People named right after a role word, confirmed by HanLP's name recogniser. */
  static Set<String> people(List<Notice> notices) {
    Set<String> out = new LinkedHashSet<>();
    for (Notice n : notices) {
      StringBuilder text = new StringBuilder(n.title()).append('\n');
      n.byline().ifPresent(b -> text.append(b).append('\n'));
      n.captions().forEach(c -> text.append(c).append('\n'));
      for (Section s : n.sections()) {
        s.paragraphs().forEach(p -> text.append(p.text()).append('\n'));
      }
      java.util.regex.Matcher m = ROLE_THEN_NAME.matcher(text);
      while (m.find()) {
        for (String name : Segmenter.personNames(m.group(2) + "在")) {
          if (m.group(2).startsWith(name)) {
            out.add(name);
          }
        }
      }
    }
    return out;
  }

  /**
   * "哪个城市": the place the notices name most often, with a sentence that names it; empty when they
   * name none.
   */
  static java.util.Optional<Answer> answer(Snapshot kb) {
    String best = null;
    int bestCount = 0;
    for (String place : kb.places) {
      int count = 0;
      for (Passage p : kb.passages) {
        for (int at = p.canonical().indexOf(place);
            at >= 0;
            at = p.canonical().indexOf(place, at + 1)) {
          count++;
        }
      }
      if (count > bestCount
          || count == bestCount && best != null && place.length() < best.length()) {
        best = place;
        bestCount = count;
      }
    }
    if (best == null) {
      return java.util.Optional.empty();
    }
    for (Passage p : kb.passages) {
      if (p.canonical().contains(best)) {
        Source source = p.source();
        String text = "通知说的是" + best + "。\n原文：" + p.text();
        return java.util.Optional.of(
            new Answer(
                Answer.Kind.ANSWER, text, List.of(source), List.of(), p.paragraphOf().text()));
      }
    }
    return java.util.Optional.empty();
  }

  static Set<String> of(List<Notice> notices) {
    Set<String> out = new LinkedHashSet<>();
    for (Notice n : notices) {
      StringBuilder text = new StringBuilder(n.title()).append('\n');
      for (Section s : n.sections()) {
        text.append(s.heading()).append('\n');
        s.paragraphs().forEach(p -> text.append(p.text()).append('\n'));
      }
      for (String place : Segmenter.places(text.toString())) {
        if (!TOO_BROAD.contains(place)) {
          out.add(place);
        }
      }
    }
    return out;
  }
}
