package org.unionbot.knowledge.analysis;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.unionbot.knowledge.notice.Notice;
import org.unionbot.knowledge.notice.NoticeParser;
import org.unionbot.knowledge.notice.Section;

/**
 * Named things "where" and "who" questions ask for: place names (country-level names left out) and
 * people named after a role (副主席王芳, 教授刘元文, 记者 张兆领).
 */
public final class Places {

  private static final java.util.regex.Pattern ROLE_THEN_NAME =
      java.util.regex.Pattern.compile(
          "(主席|书记|教授|记者|通讯员|组长|局长|部长|院长|主任|委员|同志|专家|校长|经理|会长|理事长|作者"
              + "|师傅|徒弟|工人|律师|医生|护士长|班长|站长|队长|厂长|技师|老师|工程师)[\\s　]*[：:]?[\\s　]*"
              + "([\\p{IsHan}]{2,4})");

  private static final Set<String> TOO_BROAD = Set.of("中国", "中华", "全国", "我国", "国家", "全市", "全省");

  private Places() {}

  /**
   * An entry of a list of people: a name, padded or not, before the brackets or the space that say
   * who the person is (周卫东（澄川市鹤鸣区总工会 常务副主席）, 方　圆（女，鹤鸣区华联商厦工会）, 刘建华　澄川市…部长).
   */
  private static final java.util.regex.Pattern ENTRY =
      java.util.regex.Pattern.compile("^(\\p{IsHan}\u3000?\\p{IsHan}{1,3})(?=[（( \u3000])");

  /** A note that says whom an entry is: （女, （男, （回族. */
  private static final java.util.regex.Pattern PERSON_NOTE =
      java.util.regex.Pattern.compile("[（(]([女男]|\\p{IsHan}{1,4}族)[，,）)]");

  /**
   * The people a line lists as entries, one to a line or several split by 、, each confirmed by
   * HanLP's name recogniser, a pad or a note of sex or people: a results list or a commendation
   * names them so, in no sentence.
   */
  private static List<String> entrants(String line) {
    List<String> out = new java.util.ArrayList<>();
    for (String entry : line.split("、")) {
      java.util.regex.Matcher m = ENTRY.matcher(entry.strip());
      if (!m.find()) {
        return out; // a sentence that names people in passing (增补罗景川（…）、姚沁（…）) lists no entries
      }
      String name = m.group(1).replace("\u3000", "");
      String rest = entry.strip().substring(m.end());
      // padded to line up with three-character names (高　峰), or said to be a woman or of a people
      // (白玉兰（女，回族，…）): a name, whatever else the word could mean
      boolean marked = m.group(1).indexOf('\u3000') > 0 || PERSON_NOTE.matcher(rest).lookingAt();
      if (marked || Segmenter.personNames(name + rest).contains(name)) {
        out.add(name);
      }
    }
    return out;
  }

  /** People named right after a role word, confirmed by HanLP's name recogniser. */
  public static Set<String> people(List<Notice> notices) {
    Set<String> out = new LinkedHashSet<>();
    for (Notice n : notices) {
      StringBuilder text = new StringBuilder(n.title()).append('\n');
      n.byline().ifPresent(b -> text.append(b).append('\n'));
      n.captions().forEach(c -> text.append(c.text()).append('\n'));
      for (Section s : n.sections()) {
        for (var p : s.paragraphs()) {
          text.append(p.text()).append('\n');
          // 丁　宁 于海涛 王　芳: a line of names lists people, whether HanLP knows the names or not
          NoticeParser.names(p.text()).forEach(name -> out.add(name.replace("\u3000", "")));
          entrants(p.text()).forEach(out::add);
        }
      }
      // 主　任：郑国栋: the role said without the pad that lines it up with three-character names
      java.util.regex.Matcher m = ROLE_THEN_NAME.matcher(text.toString().replace("\u3000", ""));
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

  public static Set<String> of(List<Notice> notices) {
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
