package org.unionbot.core.admin;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.unionbot.core.store.Sql;

/**
 * Questions the admins took off the unanswered list for good ({@code unanswered_ignored}): one
 * question (by its {@link QuestionKey}), or a whole kind. The only kind is {@value #NOISE}: a
 * message with nothing to answer ({@link #isNoise}). An ignored question is still counted in the
 * statistics; it is only never listed again.
 */
final class UnansweredIgnores {

  /** The kind of messages with nothing to answer: greetings, fillers, emoji, marks. */
  static final String NOISE = "noise";

  /** The key a whole kind is stored under; no question's key starts so ({@link QuestionKey}). */
  private static final String KIND = "kind:";

  /** Punctuation, symbols (emoji too), marks, format characters and spaces. */
  private static final Pattern INVISIBLE = Pattern.compile("[\\p{P}\\p{S}\\p{M}\\p{C}\\s]+");

  /** WeChat's own emoji as they arrive in text: "[微笑]", "/::)". */
  private static final Pattern WECHAT_EMOJI =
      Pattern.compile("\\[[\\p{IsHan}A-Za-z]{1,4}]|/:[^\\s/]{1,8}");

  /** A message made only of greetings, thanks, fillers and test words. */
  private static final Pattern FILLERS =
      Pattern.compile(
          "(你好|您好|大家好|在吗|在么|在不在|在不|有人吗|有人在吗|哈喽|嗨|hi|hello|hey|早上好|上午好|中午好|下午好|晚上好"
              + "|早安|晚安|谢谢|多谢|感谢|好的|好滴|好吧|好|嗯|恩|哦|噢|喔|ok|okay|收到|了解|明白|知道了|测试|test|试试|试一下"
              + "|一下|再见|拜拜|bye|哈|呵|嘿|嘻|啊|呀|哇|吧|呢|啦|了|的|吗|么|哈哈|666|你|我|小助手|助手|机器人|亲)+");

  private UnansweredIgnores() {}

  /**
   * Whether a message has nothing a notice or a FAQ could answer: nothing but emoji, punctuation
   * and spaces; one character repeated (哈哈哈, 111); or only greetings, thanks, fillers and test
   * words (你好在吗, 好的谢谢, 测试一下).
   */
  static boolean isNoise(String text) {
    String t = WECHAT_EMOJI.matcher(text.toLowerCase(Locale.ROOT)).replaceAll("");
    t = INVISIBLE.matcher(t).replaceAll("");
    if (t.isEmpty() || t.codePoints().distinct().count() == 1) {
      return true;
    }
    return FILLERS.matcher(t).matches();
  }

  /** Whether this kind is known. */
  static boolean isKind(String kind) {
    return NOISE.equals(kind);
  }

  /**
   * Takes one question off the list for good: removes it and remembers its key. Whether it was
   * listed.
   */
  static boolean ignore(Connection c, String text, Instant at, Actor who) throws SQLException {
    remember(c, QuestionKey.of(text), QuestionKey.text(text), at, who);
    return QuestionReports.forget(c, text);
  }

  /** Takes every listed question of a kind off the list, now and from now on; how many. */
  static int ignoreKind(Connection c, String kind, Instant at, Actor who) throws SQLException {
    remember(c, KIND + kind, kind, at, who);
    List<String[]> listed =
        Sql.list(
            c,
            "SELECT qkey, text FROM stats_unanswered",
            r -> new String[] {r.getString(1), r.getString(2)});
    int n = 0;
    for (String[] row : listed) {
      if (isNoise(row[1])) {
        n += Sql.update(c, "DELETE FROM stats_unanswered WHERE qkey = ?", row[0]);
      }
    }
    return n;
  }

  /** Whether the admins ignore this kind. */
  static boolean ignoresKind(Connection c, String kind) throws SQLException {
    return Sql.number(c, "SELECT count(*) FROM unanswered_ignored WHERE qkey = ?", KIND + kind) > 0;
  }

  private static void remember(Connection c, String key, String text, Instant at, Actor who)
      throws SQLException {
    Sql.update(
        c,
        "INSERT INTO unanswered_ignored (qkey, text, ignored_at, actor) VALUES (?, ?, ?, ?)"
            + " ON CONFLICT (qkey) DO NOTHING",
        key,
        text,
        at.toEpochMilli(),
        who.name());
  }
}
