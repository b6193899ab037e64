package org.unionbot.knowledge.quiz;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.unionbot.knowledge.analysis.Token;
import org.unionbot.knowledge.notice.Enumerations;

/**
 * The enumerations of a sentence ({@link Enumerations#of}) with each member cut to the thing
 * listed: "要大力弘扬劳模精神、劳动精神、工匠精神，" gives 劳模精神, 劳动精神, 工匠精神 with their offsets. The first and last
 * parts carry the clause around the list; they are cut at word boundaries to the inner members'
 * length, or at the shared head morpheme (X精神, X力, X型), 等 or 的, and marked unclean when no cut is
 * convincing.
 */
final class QuizLists {

  /** One listed thing: its text, where it sits in the sentence, and whether the cut is sure. */
  record Member(String text, int start, int end, boolean clean) {}

  /**
   * An enumeration.
   *
   * @param members in order, at least three
   * @param head the morpheme the members share at their end ("精神"), or ""
   * @param quoted true for a run of quoted names (“劳模进工地”“红色故事我来讲”)
   */
  record QuizList(List<Member> members, String head, boolean quoted) {

    List<Member> clean() {
      return members.stream().filter(Member::clean).toList();
    }

    int start() {
      return members.get(0).start();
    }

    int end() {
      return members.get(members.size() - 1).end();
    }
  }

  static final int MIN_MEMBERS = 3;
  static final int MAX_MEMBER = 12;

  /** Characters that show a part is a clause, not a listed thing. */
  private static final String GLUE = "的了地都是着把被么等在对";

  private QuizLists() {}

  /** The enumerations with at least three members whose inner members are clean. */
  static List<QuizList> of(String sentence, Function<String, List<Token>> words) {
    List<QuizList> out = new ArrayList<>();
    int cursor = 0;
    for (List<String> parts : Enumerations.of(sentence)) {
      if (parts.size() < MIN_MEMBERS) {
        continue;
      }
      boolean quoted = sentence.contains("“" + parts.get(0) + "”“" + parts.get(1) + "”");
      String opening =
          quoted ? "“" + parts.get(0) + "”“" + parts.get(1) : parts.get(0) + "、" + parts.get(1);
      int at = sentence.indexOf(opening, quoted ? 0 : cursor);
      if (at < 0) {
        continue;
      }
      int pos = quoted ? at + 1 : at;
      List<int[]> spans = new ArrayList<>();
      for (String p : parts) {
        int s = sentence.indexOf(p, pos);
        if (s < 0) {
          break;
        }
        spans.add(new int[] {s, s + p.length()});
        pos = s + p.length();
      }
      if (spans.size() != parts.size()) {
        continue;
      }
      if (!quoted) {
        cursor = pos;
      }
      QuizList list = quoted ? quotedList(parts, spans) : plainList(sentence, parts, spans, words);
      if (list != null) {
        out.add(list);
      }
    }
    return out;
  }

  private static QuizList quotedList(List<String> parts, List<int[]> spans) {
    List<Member> members = new ArrayList<>();
    for (int i = 0; i < parts.size(); i++) {
      String p = parts.get(i);
      boolean ok = p.length() >= 2 && p.length() <= 20;
      members.add(new Member(p, spans.get(i)[0], spans.get(i)[1], ok));
    }
    return new QuizList(List.copyOf(members), head(parts.subList(0, parts.size())), true);
  }

  private static QuizList plainList(
      String sentence, List<String> parts, List<int[]> spans, Function<String, List<Token>> words) {
    List<String> inner = parts.subList(1, parts.size() - 1);
    for (String p : inner) {
      if (!thing(p)) {
        return null;
      }
    }
    int min = inner.stream().mapToInt(String::length).min().orElse(2);
    int max = inner.stream().mapToInt(String::length).max().orElse(MAX_MEMBER);
    List<String> forHead = new ArrayList<>(inner);
    if (forHead.size() < 2) {
      forHead.add(parts.get(0));
    }
    String head = head(forHead);
    List<Member> members = new ArrayList<>();
    members.add(first(parts.get(0), spans.get(0)[0], min, max, head, words.apply(parts.get(0))));
    for (int i = 1; i < parts.size() - 1; i++) {
      members.add(new Member(parts.get(i), spans.get(i)[0], spans.get(i)[1], true));
    }
    int[] lastSpan = spans.get(parts.size() - 1);
    Member last = last(parts.get(parts.size() - 1), lastSpan[0], min, max, head);
    members.add(last);
    boolean joined = sentence.charAt(spans.get(parts.size() - 2)[1]) != '、';
    boolean sure =
        last.clean()
            && last.end() == lastSpan[1]
            && last.text().length() >= min
            && last.text().length() <= max;
    if (joined && head.isEmpty() && parts.size() <= MIN_MEMBERS && !sure) {
      // "A、B和C…" without a shared head: 和 may join words inside one member (劳动和技能竞赛)
      return null;
    }
    return new QuizList(List.copyOf(members), head, false);
  }

  /** The end of the first part: trailing nouns, then more words until as long as the inner ones. */
  private static Member first(
      String part, int offset, int min, int max, String head, List<Token> words) {
    int i = words.size();
    while (i > 0 && nominal(words.get(i - 1).pos())) {
      i--;
    }
    while (i > 0
        && part.length() - words.get(i - 1).start() <= max + 2
        && (i == words.size() || part.length() - words.get(i).start() < min)
        && !boundary(words.get(i - 1))) {
      i--;
    }
    int cut = i == words.size() ? part.length() : words.get(i).start();
    String text = part.substring(cut);
    boolean clean =
        text.length() >= Math.max(2, min)
            && text.length() <= Math.min(MAX_MEMBER, max + 3)
            && (head.isEmpty() || text.endsWith(head))
            && thing(text);
    return new Member(text, offset + cut, offset + part.length(), clean);
  }

  /** The start of the last part: up to the head, 等 or 的, or the whole part when short. */
  private static Member last(String part, int offset, int min, int max, String head) {
    int cut = -1;
    if (!head.isEmpty()) {
      for (int at = part.indexOf(head); at >= 0; at = part.indexOf(head, at + 1)) {
        if (at + head.length() >= Math.max(2, min - 1)) {
          cut = at + head.length();
          break;
        }
      }
    } else {
      for (int i = 2; i < part.length() && cut < 0; i++) {
        if (part.charAt(i) == '等' || part.charAt(i) == '的') {
          cut = i;
        }
      }
      if (cut < 0 && part.length() <= max + 3) {
        cut = part.length();
      }
    }
    if (cut < 0) {
      return new Member(part, offset, offset + part.length(), false);
    }
    String text = part.substring(0, cut);
    boolean clean = text.length() <= Math.min(MAX_MEMBER, max + 3) && thing(text);
    return new Member(text, offset, offset + cut, clean);
  }

  /** A short run of content characters without clause glue. */
  static boolean thing(String p) {
    if (p.length() < 2 || p.length() > MAX_MEMBER) {
      return false;
    }
    for (int i = 0; i < p.length(); i++) {
      char c = p.charAt(i);
      if (GLUE.indexOf(c) >= 0 || !Character.isLetterOrDigit(c) && c != '·') {
        return false;
      }
    }
    return true;
  }

  /** The shared ending of the parts, at most two characters, all Chinese. */
  private static String head(List<String> parts) {
    String first = parts.get(0);
    int n = first.length();
    for (String p : parts) {
      int k = 0;
      while (k < Math.min(n, p.length())
          && p.charAt(p.length() - 1 - k) == first.charAt(first.length() - 1 - k)) {
        k++;
      }
      n = k;
    }
    String suffix = first.substring(first.length() - Math.min(n, 2));
    return suffix
            .codePoints()
            .allMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN)
        ? suffix
        : "";
  }

  private static boolean nominal(String pos) {
    return pos.startsWith("n") && !pos.equals("nx")
        || pos.equals("vn")
        || pos.equals("j")
        || pos.equals("l")
        || pos.equals("b")
        || pos.equals("k");
  }

  /** Words a listed thing never starts across: particles, prepositions, conjunctions, marks. */
  private static boolean boundary(Token t) {
    String pos = t.pos();
    return pos.startsWith("u")
        || pos.startsWith("p")
        || pos.startsWith("c")
        || pos.startsWith("w")
        || pos.startsWith("r")
        || pos.startsWith("m")
        || t.word().equals("等");
  }
}
