package org.unionbot.knowledge.notice;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A parsed notice. Immutable. Only the paragraphs of {@link #sections()} are answer text; the other
 * parts are what a reader sees around it.
 *
 * @param id stable document id
 * @param title the headline; "" when the notice has no title line and none was given
 * @param byline who wrote it ("记者 张兆领 文/图"), if the notice says; not answer text
 * @param addressee whom the notice is addressed to ("各区总工会、各产业工会", "职工朋友们"), without the closing
 *     colon, if the notice opens with such a line
 * @param captions photo captions, each with the section it appears in; not answer text
 * @param sections the lead (heading "") first when there is lead text, then each headed section in
 *     order
 * @param attachments the names of the attached documents listed in an 附件 block, without their
 *     numbering, in order; empty when the notice lists none
 * @param issuer the organization that signs the notice at its end ("江州市总工会"), if any
 * @param dateline the date the notice is signed with at its end ("2026年6月10日"), as written, if any
 * @param forwardedBy who signs the cover message of a notice it forwards ("…有限公司工会" over a district
 *     union's notice), if the notice is such a forward; the forwarded notice's own signature is
 *     {@code issuer} and {@code dateline}
 * @param forwardedOn the date the cover message is signed with, as written, if any
 */
public record Notice(
    String id,
    String title,
    Optional<String> byline,
    Optional<String> addressee,
    List<Caption> captions,
    List<Section> sections,
    List<String> attachments,
    Optional<String> issuer,
    Optional<String> dateline,
    Optional<String> forwardedBy,
    Optional<String> forwardedOn) {

  public Notice {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(byline, "byline");
    Objects.requireNonNull(addressee, "addressee");
    Objects.requireNonNull(issuer, "issuer");
    Objects.requireNonNull(dateline, "dateline");
    Objects.requireNonNull(forwardedBy, "forwardedBy");
    Objects.requireNonNull(forwardedOn, "forwardedOn");
    captions = List.copyOf(captions);
    sections = List.copyOf(sections);
    attachments = List.copyOf(attachments);
  }

  /**
   * A name in quotes with what it names: “热血工会·爱心同行”职工无偿献血活动. A quoted name alone is as often a
   * list of values (“奉献、友爱、互助、进步”的志愿服务精神) as the activity.
   */
  private static final Pattern NAMED_ACTIVITY =
      Pattern.compile("“[^“”、，]{2,16}”[\\p{IsHan}&&[^的]]{0,10}?(活动|行动|竞赛|比赛|大赛|工程|计划|服务|宣讲|培训)");

  /**
   * The first activity the lead names in quotes (“热血工会·爱心同行”职工无偿献血活动), what a notice without a
   * title is about; empty when it has no lead or the lead names none.
   */
  public Optional<String> namedActivity() {
    if (sections.isEmpty() || !sections.get(0).heading().isEmpty()) {
      return Optional.empty();
    }
    for (Paragraph p : sections.get(0).paragraphs()) {
      Matcher m = NAMED_ACTIVITY.matcher(p.text());
      if (m.find()) {
        return Optional.of(m.group());
      }
    }
    return Optional.empty();
  }

  /** The sections that carry a heading (the lead excluded), in document order. */
  public List<Section> headedSections() {
    return sections.stream().filter(s -> !s.heading().isEmpty()).toList();
  }

  /** The number of characters of answer text. */
  public int chars() {
    return sections.stream()
        .flatMap(s -> s.paragraphs().stream())
        .mapToInt(p -> p.text().length())
        .sum();
  }
}
