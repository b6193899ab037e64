package org.unionbot.knowledge;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.unionbot.knowledge.analysis.Synonyms;
import org.unionbot.knowledge.answer.Faqs;
import org.unionbot.knowledge.notice.Notice;
import org.unionbot.knowledge.notice.Section;

/**
 * Checks of a knowledge base's content that {@link KnowledgeBase#build} makes before building, each
 * failing with a short message an admin can act on.
 */
final class ContentCheck {

  private ContentCheck() {}

  /** Document ids are unique. */
  static void documents(List<NoticeText> documents) {
    Map<String, NoticeText> ids = new HashMap<>();
    for (NoticeText d : documents) {
      if (ids.putIfAbsent(d.id(), d) != null) {
        throw new IllegalArgumentException("文档编号「" + d.id() + "」重复");
      }
    }
  }

  /** Every parsed notice has a sentence to answer from, and no two share a title. */
  static void notices(List<Notice> notices) {
    Map<String, Notice> titles = new HashMap<>();
    for (Notice n : notices) {
      if (!hasSentence(n)) {
        throw new IllegalArgumentException("文档「" + n.title() + "」没有可以回答问题的正文");
      }
      Notice before = titles.putIfAbsent(Synonyms.normalize(n.title()), n);
      if (before != null) {
        throw new IllegalArgumentException("文档标题「" + n.title() + "」已被文档「" + before.id() + "」使用");
      }
    }
  }

  private static boolean hasSentence(Notice n) {
    for (Section s : n.sections()) {
      for (var p : s.paragraphs()) {
        if (p.sentences().stream().anyMatch(x -> !x.isBlank())) {
          return true;
        }
      }
    }
    return false;
  }

  /**
   * Every pair has a question and an answer, and no two wordings (questions or alternatives, of one
   * pair or two) ask the same question.
   */
  static void faqs(List<Faq> faqs) {
    Map<String, Faq> ids = new HashMap<>();
    Map<String, String> wordings = new HashMap<>();
    for (Faq f : faqs) {
      if (f.question().isBlank()) {
        throw new IllegalArgumentException("常见问题「" + f.id() + "」的问题为空");
      }
      if (f.answer().isBlank()) {
        throw new IllegalArgumentException("常见问题「" + f.question() + "」的答案为空");
      }
      if (ids.putIfAbsent(f.id(), f) != null) {
        throw new IllegalArgumentException("常见问题编号「" + f.id() + "」重复");
      }
      for (String w : f.wordings()) {
        String key = Faqs.key(w);
        if (key.isEmpty()) {
          throw new IllegalArgumentException("常见问题「" + f.question() + "」的问法「" + w + "」没有文字");
        }
        String before = wordings.putIfAbsent(key, w);
        if (before != null) {
          throw new IllegalArgumentException("常见问题的问法「" + w + "」和「" + before + "」是同一个问题");
        }
      }
    }
  }
}
