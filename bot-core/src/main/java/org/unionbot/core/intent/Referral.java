package org.unionbot.core.intent;

import java.util.Objects;
import java.util.function.Predicate;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Union matters the notices do not cover (wages, dues, contracts, complaints, injuries, leave…):
 * when the knowledge base has no answer to such a question, the refusal refers the worker to
 * someone who can help, the 12351 hotline and their own workplace union, in a text admins can
 * change. Thread-safe.
 */
public final class Referral {

  private static final Logger LOG = LoggerFactory.getLogger(Referral.class);

  /** Words of a worker's own labour and union matters, as opposed to the notices' subject. */
  private static final Pattern MATTERS =
      Pattern.compile(
          "工资|薪水|薪资|薪酬|欠薪|讨薪|拖欠|扣钱|会费|投诉|举报|维权|劳动合同|签合同|合同到期|加班|社保|五险一金|公积金|工伤"
              + "|辞退|开除|裁员|解雇|炒鱿鱼|仲裁|劳动纠纷|入会|加入工会|怎么入|困难职工|帮扶|补助|慰问|法律援助|福利"
              + "|年假|休假|产假|婚假|病假|调休|赔偿|补偿金|试用期|劳务派遣|职工互助|医疗互助|疗休养|体检|老板|单位不给|欺负");

  /** The referral line unless an admin has set another. */
  public static final String DEFAULT = Texts.REFERRAL_DEFAULT;

  private final Supplier<String> text;

  /** A referral whose line is {@code text}'s current value (an admin's setting). */
  public Referral(Supplier<String> text) {
    this.text = Objects.requireNonNull(text, "text");
  }

  /** The default referral line, never changed. */
  public static Referral fixed() {
    return new Referral(() -> DEFAULT);
  }

  /**
   * Whether {@code question} is about a union matter outside the notices: it names such a matter
   * (工资, 会费, 疗休养…) that the notices do not, since an admin may have added a notice about it.
   */
  static boolean about(String question, Predicate<String> noticesMention) {
    Matcher m = MATTERS.matcher(question);
    while (m.find()) {
      if (!noticesMention.test(m.group())) {
        return true;
      }
    }
    return false;
  }

  /**
   * The line to refer a worker with: the admins' text, or {@link #DEFAULT} when they set none or it
   * cannot be read (a store that is down must not cost the worker the referral).
   */
  String line() {
    String t;
    try {
      t = text.get();
    } catch (RuntimeException e) {
      LOG.warn("the referral setting could not be read, the default is used: {}", e.toString());
      return DEFAULT;
    }
    return t == null || t.isBlank() ? DEFAULT : t.strip();
  }
}
