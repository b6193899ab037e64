package org.unionbot.knowledge.answer;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.unionbot.knowledge.Answer;
import org.unionbot.knowledge.analysis.Canonical;
import org.unionbot.knowledge.index.Snapshot;
import org.unionbot.knowledge.notice.Notice;
import org.unionbot.knowledge.notice.NoticeParser;
import org.unionbot.knowledge.notice.Numerals;
import org.unionbot.knowledge.notice.Paragraph;
import org.unionbot.knowledge.notice.Section;

/**
 * Answers of the readers' comments under a post (精选留言): the parser makes each comment a section
 * headed by who wrote it and what they wrote (晴天小鱼留言：今年几号开始约啊？) over the post's reply (作者回复：…). A
 * question asks of a comment by its place (第一条留言是谁写的, 最后一条留言), of how many there are (精选留言有几条), of
 * a commenter by name (晴天小鱼问了什么, 老周在车间什么时候退休, 作者怎么回复小确幸的) or of who asked something (谁问了小时工能不能约).
 * What a reader wrote is answered as theirs, never as the post's word; the post's replies are found
 * as any other text is.
 */
final class Comments {

  /** One reader's comment: its section, who wrote it and what. */
  private record Comment(Section section, String who, String said) {}

  /** A question of the post's reply: 作者怎么回复, 小编回答了什么. */
  private static final Pattern REPLIED = Pattern.compile("回复|回答|答复|作者|小编|怎么说的");

  /** A question of who asked something, by what they asked: 谁问了小时工能不能约. */
  private static final Pattern WHO_ASKED = Pattern.compile("谁(问|提|说|留言|关心)|哪位.{0,4}(问|提|说)");

  /** Least share of a question's words a comment must say for 谁问了… to name its writer. */
  private static final double ASKED_COVERAGE = 0.6;

  private Comments() {}

  static Optional<Answer> answer(Snapshot kb, Question q, Weights w) {
    for (Notice n : kb.notices) {
      List<Comment> comments = comments(n);
      if (comments.size() >= 2) {
        Optional<Answer> a = answer(n, comments, q, w);
        if (a.isPresent()) {
          return a;
        }
      }
    }
    return Optional.empty();
  }

  private static Optional<Answer> answer(Notice n, List<Comment> comments, Question q, Weights w) {
    String t = q.text().toLowerCase(Locale.ROOT);
    String over = n.sections().get(comments.get(0).section().parent()).title();
    String total = over + "共" + Outline.count(comments.size()) + "条";
    // 第一条留言, 几条评论: the comments, by the words a heading over them has
    boolean ofComments = NoticeParser.COMMENTS.matcher(t).find();
    if (ofComments && q.ordinal().isPresent()) {
      int k = Question.place(q.ordinal().getAsInt(), comments.size());
      if (k < 1 || k > comments.size()) {
        String asked = Numerals.chinese(Math.max(1, Math.min(k, 99)));
        return Optional.of(reply(n, over, total + "，没有第" + asked + "条。"));
      }
      Comment c = comments.get(k - 1);
      return Optional.of(
          reply(n, c, "第" + Numerals.chinese(k) + "条留言是" + c.who() + "写的：" + c.said()));
    }
    if (ofComments && q.type() == QuestionType.COUNT) {
      String who = String.join("、", comments.stream().map(Comment::who).toList());
      return Optional.of(reply(n, over, total + "，依次是：" + who + "。"));
    }
    // a nickname the post itself says (a reader who signs as 职工) names no comment
    String post = postText(n, comments);
    List<Comment> named =
        comments.stream()
            .filter(c -> t.contains(c.who().toLowerCase(Locale.ROOT)))
            .filter(c -> !post.contains(c.who().toLowerCase(Locale.ROOT)))
            .toList();
    if (named.size() == 1) {
      Comment c = named.get(0);
      // 作者怎么回复小确幸的; Amy不吃香菜说套餐12项对吗: the post's word on what the reader wrote
      if (REPLIED.matcher(t).find() || QuestionParser.asksYesOrNo(t)) {
        List<String> replies =
            c.section().paragraphs().stream()
                .map(Paragraph::text)
                .filter(p -> NoticeParser.REPLY.matcher(p).lookingAt())
                .toList();
        return replies.isEmpty()
            ? Optional.of(reply(n, c, c.who() + "的留言没有收到回复。"))
            : Optional.of(reply(n, c, String.join("", replies)));
      }
      return Optional.of(reply(n, c, c.who() + "留言：" + c.said()));
    }
    if (named.isEmpty() && WHO_ASKED.matcher(t).find() && !w.isEmpty()) {
      Optional<SoleBest<Comment>> best =
          SoleBest.of(comments, c -> w.coverage(Canonical.text(c.said())))
              .filter(b -> b.score() >= ASKED_COVERAGE);
      if (best.isPresent()) {
        Comment c = best.get().item();
        return Optional.of(reply(n, c, "是" + c.who() + "留言问的：" + c.said()));
      }
    }
    return Optional.empty();
  }

  /** What the post says outside its comments: its title, headings and text, in lower case. */
  private static String postText(Notice n, List<Comment> comments) {
    List<Integer> commented = comments.stream().map(c -> c.section().index()).toList();
    StringBuilder sb = new StringBuilder(n.title());
    for (Section s : n.sections()) {
      if (!commented.contains(s.index())) {
        sb.append('\n').append(s.heading());
        s.paragraphs().forEach(p -> sb.append('\n').append(p.text()));
      }
    }
    return sb.toString().toLowerCase(Locale.ROOT);
  }

  /** A notice's comments in order: the sections a comment heads, under a heading over comments. */
  private static List<Comment> comments(Notice n) {
    List<Comment> out = new ArrayList<>();
    for (Section s : n.sections()) {
      Matcher m = Section.COMMENT.matcher(s.heading());
      if (m.matches()
          && s.parent() >= 0
          && NoticeParser.COMMENTS.matcher(n.sections().get(s.parent()).heading()).find()) {
        out.add(new Comment(s, m.group(1), m.group(2) == null ? "" : m.group(2)));
      }
    }
    return out;
  }

  private static Answer reply(Notice n, Comment c, String text) {
    return reply(n, c.section().cited(), text);
  }

  private static Answer reply(Notice n, String section, String text) {
    return Replies.answer(text, n, section, "");
  }
}
