package org.unionbot.knowledge.notice;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The block of a contract that names its parties (甲方：…公司 over 法定代表人：何振东　　首席代表：邵立群 over 协商代表：…),
 * each label line under a party's line said as that party's: 甲方法定代表人：何振东, 甲方首席代表：邵立群. The line of
 * the party above says which side a representative is on; the label, read on its own, would lose
 * it.
 */
final class Parties {

  /** A line that names a party to a contract: 甲方：…, 乙方（盖章）：…. */
  private static final Pattern PARTY = Pattern.compile("^(甲方|乙方)(?:[（(][^（()）]{1,6}[）)])?[：:]");

  /** A label of who acts for a party, with the name: 法定代表人：何振东, 首席代表（签字）：邵立群. */
  private static final Pattern LABEL =
      Pattern.compile(
          "^[\\p{IsHan}]{0,8}(?:代表人?|主席|负责人|代理人|董事长|经理)(?:[（(][^（()）]{1,6}[）)])?[：:]\\s*\\S");

  /** Where a line of labels lined up side by side starts its next one. */
  private static final Pattern NEXT_LABEL =
      Pattern.compile("[ \u3000]{2,}(?=[\\p{IsHan}]{2,10}(?:[（(][^（()）]{1,6}[）)])?[：:])");

  /** What a label of the two sides or of both already says: 甲方…, 乙方…, 双方…. */
  private static final Pattern SIDED = Pattern.compile("^(甲方|乙方|双方)");

  private Parties() {}

  /**
   * The lines, those of a party's block split one label to a line, and the labels of who acts for
   * the party said as the party's.
   */
  static List<String> labelled(List<String> lines) {
    List<String> out = new ArrayList<>(lines.size());
    String party = null;
    for (String line : lines) {
      Matcher opens = PARTY.matcher(line);
      if (opens.lookingAt()) {
        party = opens.group(1);
      } else if (party == null || !LABEL.matcher(line).lookingAt()) {
        party = null;
        out.add(line);
        continue;
      }
      for (String label : NEXT_LABEL.split(line)) {
        Matcher sided = SIDED.matcher(label);
        if (sided.lookingAt()) {
          party = sided.group(1).equals("双方") ? party : sided.group(1);
          out.add(label);
        } else {
          out.add(LABEL.matcher(label).lookingAt() ? party + label : label);
        }
      }
    }
    return out;
  }
}
