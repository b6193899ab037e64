package org.unionbot.knowledge;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.unionbot.knowledge.analysis.Segmenter;
import org.unionbot.knowledge.notice.Notice;
import org.unionbot.knowledge.notice.Section;

/** Place names in the notices, for "where" questions; country-level names are left out. */
final class Places {

  private static final Set<String> TOO_BROAD = Set.of("中国", "中华", "全国", "我国", "国家", "全市", "全省");

  private Places() {}

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
