package org.unionbot.knowledge.quiz;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.unionbot.knowledge.analysis.Segmenter;
import org.unionbot.knowledge.analysis.Token;
import org.unionbot.knowledge.notice.Clauses;
import org.unionbot.knowledge.notice.Items;
import org.unionbot.knowledge.notice.Notice;
import org.unionbot.knowledge.notice.Paragraph;
import org.unionbot.knowledge.notice.Section;
import org.unionbot.knowledge.quiz.QuizFacts.Count;
import org.unionbot.knowledge.quiz.QuizFacts.Span;
import org.unionbot.knowledge.quiz.QuizItems.At;
import org.unionbot.knowledge.quiz.QuizLists.Member;
import org.unionbot.knowledge.quiz.QuizLists.QuizList;

/**
 * Turns notices into quiz items, with no knowledge of any particular notice: counts, dates, quoted
 * names, people and institutions, enumeration members (blanked, or "which is not one of"), the
 * endings of topic sentences, and the outline of counted sections ("第二步是？"). Each fact becomes one
 * item, a blank or a choice as the parity of its id prefers and the material allows; choices get
 * three distractors of the same kind from elsewhere in the knowledge base, shuffled by the item's
 * id, so a rebuild of the same text gives the same items with the same ids.
 *
 * <p>Not thread-safe; one instance per build. {@link #build} runs every item through {@link
 * QuizValidator}; {@link QuizItems} makes the items, {@link QuizOutline} those of the outline.
 */
final class QuizGenerator {

  /** The section name of the lead, the text before the first heading. */
  static final String LEAD = QuizValidator.LEAD;

  /** How the prompt of an item about a heading starts: the heading follows in quotes. */
  static final String HEADING = "文中一节的标题是";

  /** Longest prompt window cut from a long sentence (whole clauses, so it may run longer). */
  private static final int WINDOW = 50;

  /** Longest text answer asked as a blank (names may be longer: their forms are forgiving). */
  static final int BLANK_MAX = 8;

  private static final int NAME_BLANK_MAX = 10;

  private static final Pattern DIGIT = Pattern.compile("[\\d一二三四五六七八九十两]");
  private static final Pattern TRAILING_MARKS = Pattern.compile("[，。；：！？、,;:!?”“]+$");

  private final Segmenter segmenter;

  /** Each text is segmented once per build (pools and items read the same sentences). */
  private final Map<String, List<Token>> words = new HashMap<>();

  private final Map<String, List<QuizList>> lists = new HashMap<>();
  private final Set<String> people;
  private final QuizPools pools = new QuizPools();
  private final QuizItems items;

  private QuizGenerator(Segmenter segmenter, QuizValidator validator, Set<String> people) {
    this.segmenter = segmenter;
    this.people = people;
    this.items = new QuizItems(validator);
  }

  /** Generates the items of the notices and validates them. */
  static QuizValidator.Result build(Segmenter segmenter, List<Notice> notices, Set<String> people) {
    QuizValidator validator = new QuizValidator(notices);
    return validator.validate(generate(segmenter, notices, people, validator));
  }

  /** The valid items of the notices, ready to serve. */
  static List<QuizItem> bank(Segmenter segmenter, List<Notice> notices, Set<String> people) {
    return build(segmenter, notices, people).valid();
  }

  /** Every item generated, before validation. */
  static List<QuizItem> generate(
      Segmenter segmenter, List<Notice> notices, Set<String> people, QuizValidator validator) {
    QuizGenerator g = new QuizGenerator(segmenter, validator, people);
    notices.forEach(g::collect);
    notices.forEach(g::items);
    return g.items.all();
  }

  private List<Token> words(String text) {
    return words.computeIfAbsent(text, segmenter::words);
  }

  private List<QuizList> lists(String text) {
    return lists.computeIfAbsent(text, t -> QuizLists.of(t, this::words));
  }

  private List<Count> counts(String text) {
    return QuizFacts.counts(text, this::words);
  }

  // ---- pass 1: what distractors can be drawn from

  private void collect(Notice n) {
    n.captions().forEach(c -> QuizFacts.dates(c.text()).forEach(d -> pools.dates.add(d.text())));
    for (Section s : n.sections()) {
      List<String> texts = new ArrayList<>();
      if (!s.heading().isEmpty()) {
        texts.add(s.title());
        if (s.level() > 1) {
          pools.topics.add(s.title());
        }
        List<String> listed = QuizOutline.display(Items.of(n, s));
        if (s.count().isPresent()) {
          pools.outlineItems.addAll(listed);
        }
      }
      for (Paragraph p : s.paragraphs()) {
        texts.addAll(p.sentences());
        p.topic().ifPresent(pools.topics::add);
        p.topic()
            .map(t -> QuizFacts.topicEnd(p.sentences().get(0), t))
            .ifPresent(e -> pools.topicEnds.add(e.text()));
      }
      for (String t : texts) {
        counts(t).forEach(c -> pools.counts.add(c.value()));
        QuizFacts.dates(t).forEach(d -> pools.dates.add(d.text()));
        QuizFacts.names(t).forEach(x -> pools.names.add(x.text()));
        List<Span> institutions = QuizFacts.institutions(t, words(t));
        institutions.forEach(x -> pools.institutions.add(x.text()));
        for (QuizList l : lists(t)) {
          for (Member m : l.clean()) {
            (l.quoted() ? pools.names : pools.members).add(m.text());
          }
        }
        pools.addTerms(words(t));
        for (String c : Clauses.of(t)) {
          String bare = TRAILING_MARKS.matcher(c).replaceAll("");
          boolean names = institutions.stream().anyMatch(x -> bare.contains(x.text()));
          if (bare.length() >= 4
              && QuizLists.thing(bare)
              && !names
              && !DIGIT.matcher(bare).find()) {
            pools.clauses.add(bare); // an action (强化宣传引导), not who did what when
          }
        }
        for (String person : people) {
          if (t.contains(person)) {
            pools.people.add(person);
          }
        }
      }
    }
  }

  // ---- pass 2: the items

  private void items(Notice n) {
    for (Section s : n.sections()) {
      String name = s.heading().isEmpty() ? LEAD : s.title();
      boolean unique = n.sections().stream().filter(x -> x.title().equals(s.title())).count() == 1;
      if (!s.heading().isEmpty() && unique) {
        At at = new At(n.id(), name, s.title(), HEADING);
        counts(at);
        names(at);
        items.kind("outline");
        QuizOutline.items(items, pools, n, s);
      }
      for (Paragraph p : s.paragraphs()) {
        for (int i = 0; i < p.sentences().size(); i++) {
          At at = new At(n.id(), name, p.sentences().get(i), "");
          int mark = items.mark();
          if (i == 0) {
            p.topic().ifPresent(t -> topic(at, t));
          }
          counts(at);
          dates(at);
          names(at);
          people(at);
          institutions(at);
          lists(at);
          items.limit(mark);
        }
      }
    }
  }

  private void counts(At at) {
    items.kind("count");
    List<Span> names = QuizFacts.names(at.source());
    for (Count c : counts(at.source())) {
      if (names.stream().anyMatch(x -> x.start() <= c.start() && c.end() <= x.end())) {
        continue; // asked as part of the name (“两个确立”)
      }
      String written = c.written();
      List<List<String>> tiers = pools.countTiers(c);
      items.ask(
          at,
          c.start(),
          () ->
              blank(
                  at,
                  c.start(),
                  c.numeralEnd(),
                  c.numeral(),
                  QuizForms.countForms(c.value(), c.classifier(), c.unit(), c.numeral())),
          () ->
              choice(
                  at,
                  c.start(),
                  c.end(),
                  written,
                  QuizForms.countForms(c.value(), c.classifier(), c.unit(), written),
                  tiers));
    }
  }

  private void dates(At at) {
    items.kind("date");
    for (Span d : QuizFacts.dates(at.source())) {
      List<String> forms = QuizForms.dateForms(d.text());
      List<List<String>> tiers = List.of(List.copyOf(pools.dates), QuizForms.nearDates(d.text()));
      items.ask(
          at,
          d.start(),
          () -> blank(at, d.start(), d.end(), d.text(), forms),
          () -> choice(at, d.start(), d.end(), d.text(), forms, tiers));
    }
  }

  private void names(At at) {
    items.kind("name");
    for (Span x : QuizFacts.names(at.source())) {
      List<String> forms = QuizForms.textForms(x.text());
      List<List<String>> tiers = List.of(List.copyOf(pools.names), List.copyOf(pools.members));
      items.ask(
          at,
          x.start(),
          () ->
              x.text().length() <= NAME_BLANK_MAX
                  ? blank(at, x.start(), x.end(), x.text(), forms)
                  : null,
          () -> choice(at, x.start(), x.end(), x.text(), forms, tiers));
    }
  }

  private void people(At at) {
    items.kind("person");
    for (String person : pools.people) {
      int i = at.source().indexOf(person);
      if (i >= 0) {
        int end = i + person.length();
        List<List<String>> tiers = List.of(List.copyOf(pools.people));
        items.ask(
            at,
            i,
            () -> blank(at, i, end, person, List.of()),
            () -> choice(at, i, end, person, List.of(), tiers));
      }
    }
  }

  private void institutions(At at) {
    items.kind("institution");
    for (Span x : QuizFacts.actingInstitutions(at.source(), words(at.source()))) {
      List<List<String>> tiers = List.of(List.copyOf(pools.institutions));
      items.ask(
          at,
          x.start(),
          () ->
              x.text().length() <= BLANK_MAX
                  ? blank(at, x.start(), x.end(), x.text(), List.of())
                  : null,
          () -> choice(at, x.start(), x.end(), x.text(), List.of(), tiers));
    }
  }

  private void topic(At at, String topic) {
    items.kind("topic");
    Span end = QuizFacts.topicEnd(at.source(), topic);
    if (end == null) {
      return;
    }
    List<List<String>> tiers = List.of(List.copyOf(pools.topicEnds));
    items.ask(
        at,
        end.start(),
        () ->
            end.text().length() <= BLANK_MAX
                ? blank(at, end.start(), end.end(), end.text(), List.of())
                : null,
        () -> choice(at, end.start(), end.end(), end.text(), List.of(), tiers));
  }

  /** Per list: a member blanked, "which is not one of these", and another member blanked. */
  private void lists(At at) {
    for (QuizList l : lists(at.source())) {
      List<Member> clean = l.clean();
      if (clean.size() < 2) {
        continue;
      }
      items.kind("list@" + l.start());
      long seed = QuizForms.seed(QuizForms.id(at.doc(), at.source(), "list", "" + l.start()));
      int first = (int) Long.remainderUnsigned(seed, clean.size());
      int second =
          (first + 1 + (int) Long.remainderUnsigned(seed >>> 16, clean.size() - 1)) % clean.size();
      List<List<String>> tiers =
          l.quoted()
              ? List.of(List.copyOf(pools.names), List.copyOf(pools.members))
              : List.of(pools.withHead(l.head()), List.copyOf(pools.members));
      member(at, clean.get(first), tiers);
      if (clean.size() >= QuizItems.DISTRACTORS) {
        List<String> shown = new ArrayList<>();
        for (int k = 0; k < QuizItems.DISTRACTORS; k++) {
          shown.add(clean.get((first + k) % clean.size()).text());
        }
        String prompt = "下列哪一项不属于“" + QuizText.listContext(at.source(), l) + "”中列举的内容？";
        items.add(items.notOneOf(at, prompt, shown, tiers, seed));
      }
      member(at, clean.get(second), tiers);
    }
  }

  private void member(At at, Member m, List<List<String>> tiers) {
    List<String> forms = QuizForms.textForms(m.text());
    items.ask(
        at,
        m.start(),
        () ->
            m.text().length() <= BLANK_MAX ? blank(at, m.start(), m.end(), m.text(), forms) : null,
        () -> choice(at, m.start(), m.end(), m.text(), forms, tiers));
  }

  // ---- building items

  private QuizItem blank(At at, int start, int end, String answer, List<String> forms) {
    return items.blank(at, prompt(at, start, end), answer, forms);
  }

  private QuizItem choice(
      At at, int start, int end, String answer, List<String> forms, List<List<String>> tiers) {
    return items.choice(at, prompt(at, start, end), answer, forms, tiers);
  }

  private static String prompt(At at, int start, int end) {
    return at.prefix().equals(HEADING)
        ? HEADING + QuizText.quoted(QuizText.heading(at.source(), start, end)) + "。"
        : QuizText.window(at.source(), start, end, WINDOW);
  }
}
