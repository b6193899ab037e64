package org.unionbot.knowledge.answer;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.unionbot.knowledge.Answer;
import org.unionbot.knowledge.Source;
import org.unionbot.knowledge.Titles;
import org.unionbot.knowledge.analysis.Canonical;
import org.unionbot.knowledge.index.Passage;
import org.unionbot.knowledge.index.Snapshot;
import org.unionbot.knowledge.notice.Headings;
import org.unionbot.knowledge.notice.Notice;
import org.unionbot.knowledge.notice.Section;
import org.unionbot.knowledge.notice.Sentences;

/**
 * Answers one question over one snapshot: parse it, decide whether the knowledge base holds the
 * answer (on weighted coverage, never on raw BM25), then answer from the outline or from the best
 * sentence's shortest answering span, naming the section.
 */
final class AnswerEngine {

  /** Least share of a question's weight the knowledge base must hold at all. */
  static final double MIN_KNOWN = 0.6;

  /** Least share of a question's weight the answering sentence (with its heading) must hold. */
  static final double MIN_COVERED = 0.6;

  /**
   * A runner-up sentence scoring within this much of the answering one ({@link Candidates#score})
   * makes the answer a guess between two: its confidence is discounted by {@link #RIVAL_DISCOUNT}.
   */
  static final double CLOSE_RIVAL = 0.35;

  static final double RIVAL_DISCOUNT = 0.7;

  /**
   * Least share of a question's weight that the knowledge base, and the answering sentence with its
   * heading, must hold when the vector agrees ({@link #agreed}): a reworded question keeps some of
   * its words, and the sentence both signals rank first is then worth an unsure answer.
   */
  static final double AGREED_COVERED = 0.45;

  static final double AGREED_KNOWN = 0.5;

  /**
   * Least share of a strict question's weight (with context) that a sentence must hold when it is
   * both the best-ranked and the vector-nearest candidate and has exactly the asked-for shape (a
   * date for 哪天, an amount for 多少钱): the two rankings and the shape agree, so fewer of the
   * question's words need be the notice's ({@link #agreed}); as little as the answering span must
   * cover anyway ({@link Spans}). Measured over every set: 1 more right answer, no new wrong one;
   * at 0.3 (with the span's share lowered with it) 2 more right and 3 more near-domain questions
   * answered.
   */
  static final double SHAPED_COVERED = 0.4;

  /**
   * Least cosine of the nearest candidate, for {@link #agreed}, where the question names something
   * the notice lacks (盐城有什么特色小吃: a thing asked about that it may not hold).
   */
  static final double AGREED_COSINE = 0.55;

  /**
   * Least cosine of the nearest candidate, for {@link #agreed}, where the question names nothing
   * the notice lacks: its words are there, and the nearest sentence holds enough of them. Measured
   * on the evaluation sets: 31 more right, one fewer confidently wrong, no more off-topic or
   * not-in-the-notice questions answered; 0.35 changes nothing more.
   */
  static final double AGREED_COSINE_ALL_NAMED = 0.40;

  /**
   * A strict question's nearest candidate of the asked-for shape answers on its vector when at
   * least this near, and {@link ByShape#MARGIN} nearer than the next of that shape.
   */
  static final double SHAPE_ACCEPT = 0.55;

  /**
   * Least cosine at which the nearest of all candidates answers a question of when or how many on
   * its vector, where it has the asked-for shape (几点散场 of 上午9:00至下午15:30): a date or a figure
   * nearest of all is a good guess, and it answers unsure. So for whom to call where the question
   * names a line (座机号码是多少, 材料发哪个邮箱), not for where or whom to call otherwise: a place or a phone
   * also fits questions the notice has nothing on (附近哪里能修手机). Measured on the evaluation sets: 29
   * more right, none more confidently wrong, every off-topic question still refused; lower bars
   * change nothing.
   */
  static final double NEAREST_SHAPE_ACCEPT = 0.40;

  /**
   * Least cosine at which a sentence found by its vector is near enough to ignore the nouns the
   * notice lacks ({@link #steeringByMeaning}).
   */
  static final double NEAR_IN_MEANING = 0.45;

  /** A question of whom to call that names the line it wants: 座机号码, 打哪个号, 发哪个邮箱. */
  private static final Pattern NAMES_A_LINE = Pattern.compile("电话|号码|邮箱|哪个号|手机号|座机|热线|联系");

  /**
   * An answer picked by its shape alone is a good guess, not a sure one: low enough that admins see
   * the question among the unanswered ones.
   */
  static final double SHAPE_CONFIDENCE = 0.6;

  /**
   * A contact question answered by its shape when it has no word the notice lacks and its notice
   * has one contact line (联系电话是多少), or a how-many question with a measure word and its notice's one
   * sentence that counts it (一共几场): sure. Not so for a date or a place: a venue-like office in a
   * contact line can be a notice's only "place" for a question about where to sign up online.
   */
  static final double ONLY_SHAPE_CONFIDENCE = 0.8;

  private AnswerEngine() {}

  /**
   * The candidate with the asked-for shape (a date, a number, a venue…) whose vector is nearest the
   * question's, when it is near enough ({@link #SHAPE_ACCEPT}, or {@link #NEAREST_SHAPE_ACCEPT} for
   * the nearest of all) and clearly nearer than the next such candidate; null otherwise.
   */
  private static Candidates.Candidate nearestShaped(
      Question q, List<Candidates.Candidate> candidates) {
    Candidates.Candidate best = null;
    double next = -1;
    for (Candidates.Candidate c : candidates) {
      if (c.fit() < ByShape.FIT) {
        continue;
      }
      if (best == null || c.cosine() > best.cosine()) {
        next = best == null ? next : best.cosine();
        best = c;
      } else {
        next = Math.max(next, c.cosine());
      }
    }
    boolean figure =
        q.type() == QuestionType.WHEN
            || q.type() == QuestionType.COUNT
            || q.type() == QuestionType.CONTACT && NAMES_A_LINE.matcher(q.text()).find();
    boolean near =
        best != null
            && (best.cosine() >= SHAPE_ACCEPT
                || figure && best.vectorRank() == 1 && best.cosine() >= NEAREST_SHAPE_ACCEPT);
    return near && best.cosine() - next >= ByShape.MARGIN ? best : null;
  }

  /**
   * Most confidence of an answer found by single-character words alone ({@link
   * Weights#knownOnlyAsSingleCharacters}): below {@link Answer#LOW_CONFIDENCE}, so it is marked
   * unsure. Measured on the evaluation sets: it turned one sure wrong answer unsure and one right
   * one.
   */
  static final double SINGLE_CHARACTERS = 0.7;

  /** Confidence of an answer found by its vector alone: 0.75 at a cosine of 0.75, 1 at 0.85. */
  private static double semanticConfidence(double cosine) {
    return Math.max(0, Math.min(1, 0.75 + 2.5 * (cosine - 0.75)));
  }

  /**
   * Put before an answer the knowledge base is unsure of ({@link Answer#lowConfidence()}): the
   * worker reads it as the nearest thing the notice says, not as the notice's word on the question.
   */
  static final String UNSURE = "不太确定，通知里最接近的说法是：\n";

  static Answer answer(Answerer answerer, String asked) {
    Answer a =
        BothAsked.answer(asked, each -> find(answerer, each))
            .orElseGet(() -> find(answerer, asked));
    if (!a.lowConfidence()) {
      return a;
    }
    return new Answer(
        a.kind(), UNSURE + a.text(), a.sources(), a.suggestions(), a.detail(), a.confidence());
  }

  /** The year a notice signs with: 2027 of 2027年2月10日. */
  private static final Pattern SIGNED_YEAR = Pattern.compile("(\\d{4})年");

  /**
   * 去年 as the year it was when the notice was signed, where the notice reports on that year (a
   * decision signed in 2027 that opens 2026年，全市…, or titled …2026年度…): 去年全市新建了多少基层工会 asks what the
   * notice says of 2026. Another notice's 去年 stays another occasion ({@link
   * QuestionParser#anotherOccasion}), and so does every 去年 of a notice that says the word itself.
   */
  private static String lastYearAsTheNoticeSaysIt(Snapshot kb, String question) {
    if (!question.contains("去年") || kb.contains("去年")) {
      return question;
    }
    for (Notice n : kb.notices) {
      Matcher signed = SIGNED_YEAR.matcher(n.dateline().orElse(""));
      if (!signed.find()) {
        continue;
      }
      String last = (Integer.parseInt(signed.group(1)) - 1) + "年";
      boolean reportsOnIt =
          n.title().contains(last)
              || n.sections().stream()
                  .flatMap(s -> s.paragraphs().stream())
                  .anyMatch(
                      p -> p.text().startsWith(last + "，") || p.text().startsWith(last + "以来"));
      if (reportsOnIt) {
        return question.replace("去年", last);
      }
    }
    return question;
  }

  private static Answer find(Answerer answerer, String asked) {
    Snapshot kb = answerer.index;
    String raw = lastYearAsTheNoticeSaysIt(kb, answerer.synonyms.rewrite(asked, kb.segmenter));
    Question q = answerer.questions.parse(raw);
    // 3月21日还能报名吗, 我56岁能参加吗, 票价800元的车票能领吗: asked of the bound the notice gives
    Optional<Answer> ofABound =
        onADay(answerer, q)
            .or(() -> ofAnAge(answerer, q))
            .or(() -> ofAnAmount(answerer, q))
            .or(() -> ofAnArticle(answerer, q));
    if (ofABound.isPresent()) {
      return ofABound.get();
    }
    Weights w = Weights.of(kb, q);
    float[][] vector = {null};
    Supplier<float[]> lazyVector =
        () -> {
          if (vector[0] == null && answerer.recall.vector()) {
            vector[0] = answerer.vector(raw);
          }
          return vector[0];
        };
    Answer found =
        faq(answerer, q, w, lazyVector)
            .or(() -> Comments.answer(kb, q, w))
            .or(() -> Messages.answer(kb, q, w))
            .or(() -> aboutTheDocument(kb, q))
            .or(() -> SlideAsked.answer(kb, q, w))
            .or(() -> Columns.answer(kb, q, w))
            .or(() -> Abbreviations.answer(kb, q))
            .or(() -> Parts.distribution(kb, q))
            .or(() -> NumberedQuestions.answer(kb, q))
            .or(() -> PointsByNumber.answer(kb, q))
            .or(() -> HeadingFacts.byPlace(kb, q))
            .or(() -> Parts.role(kb, q))
            .or(() -> Parts.bylinePost(kb, q))
            .or(() -> Quotes.speaker(kb, q))
            .or(() -> Parts.event(kb, q))
            .or(() -> Honours.answer(kb, q, w))
            .or(() -> Parts.purpose(kb, q))
            .or(() -> Duties.answer(kb, q))
            .or(() -> Divisions.answer(answerer, raw, q, w))
            .or(() -> Parts.sentenceAt(kb, q))
            .or(() -> Transcript.answer(kb, q))
            .or(() -> Holders.of(kb, q))
            .or(() -> Outline.questionsAsked(kb, q))
            .or(() -> Outline.partBeside(kb, q))
            .or(() -> Outline.placeOfAPart(kb, q))
            .or(() -> Outline.itemBeside(kb, q))
            .or(() -> Outline.itemOfAPart(kb, q))
            .or(() -> Outline.partsOfTheNotice(kb, q))
            .or(() -> Outline.superlative(kb, q, w))
            .or(() -> WhichPart.answer(kb, q, w))
            .or(() -> Rows.which(kb, q, w))
            .or(() -> HeadingFacts.answer(kb, q))
            .or(() -> HeadingFacts.labelled(kb, q))
            .or(
                () ->
                    w.isEmpty() && q.type() == QuestionType.WHERE && q.strict()
                        ? venue(kb).or(() -> place(kb))
                        : Optional.empty())
            .orElseGet(() -> fromTheText(answerer, raw, q, w, lazyVector.get()));
    return Amendments.over(kb, answerer.changes, q, w, found);
  }

  /**
   * Whether something can be done on a day (3月21日还能报名吗): the answer of when its time ends, after
   * whether the day is past it when that answer says so plainly; empty when no sure answer gives
   * the end.
   */
  private static Optional<Answer> onADay(Answerer answerer, Question q) {
    Optional<String> asWhen = OnADay.asWhen(q.text());
    if (asWhen.isEmpty()) {
      return Optional.empty();
    }
    Answer a = find(answerer, asWhen.get());
    if (!a.answered() || a.lowConfidence()) {
      return Optional.empty();
    }
    Optional<Boolean> past = OnADay.past(OnADay.asked(q.text()), a.text());
    if (past.isEmpty()) {
      return Optional.of(a);
    }
    String verdict = "这一天在通知规定的时间内。\n";
    if (past.get()) {
      // and what the notice says becomes of it then (逾期不再受理), if the paragraph says so
      Matcher late = OnADay.LATE.matcher(a.detail());
      String then = late.find() && !a.text().contains(late.group()) ? late.group() : "";
      verdict = "这一天已经过了通知规定的时间。" + then + "\n";
    }
    return Optional.of(withVerdict(a, verdict, a.confidence()));
  }

  /**
   * Whether someone of an age may do something (我56岁能参加吗): the answer of the age the deed takes,
   * sure when it gives an age, after whether the age is within it when that answer gives one plain
   * bound or range; empty when no answer gives an age.
   */
  private static Optional<Answer> ofAnAge(Answerer answerer, Question q) {
    Optional<String> asAge = AgeAsked.asAge(q.text());
    if (asAge.isEmpty()) {
      return Optional.empty();
    }
    Answer a = find(answerer, asAge.get());
    if (!a.answered() || !AgeAsked.givesAge(a.text())) {
      return Optional.empty();
    }
    String verdict =
        AgeAsked.within(AgeAsked.asked(q.text()), q.text(), a.text())
            .map(ok -> ok ? "按通知的年龄要求，这个年龄符合。\n" : "按通知的年龄要求，这个年龄不符合。\n")
            .orElse("");
    return Optional.of(withVerdict(a, verdict, Math.max(a.confidence(), Answer.LOW_CONFIDENCE)));
  }

  /**
   * Whether an amount is allowed (一个节目40人上台可以吗): the answer of the most of its unit, sure when it
   * gives a bound in that unit, after whether the amount is within the one bound it gives.
   */
  private static Optional<Answer> ofAnAmount(Answerer answerer, Question q) {
    Optional<String> asBound = AmountAsked.asBound(q.text());
    if (asBound.isEmpty()) {
      return Optional.empty();
    }
    AmountAsked.Amount amount = AmountAsked.asked(q.text());
    Answer a = find(answerer, asBound.get());
    if (!a.answered() || !AmountAsked.givesBound(amount, a.text())) {
      return Optional.empty();
    }
    String verdict =
        AmountAsked.within(amount, a.text())
            .map(ok -> ok ? "按通知的规定，这个数在允许的范围内。\n" : "按通知的规定，这个数不在允许的范围内。\n")
            .orElse("");
    return Optional.of(withVerdict(a, verdict, Math.max(a.confidence(), Answer.LOW_CONFIDENCE)));
  }

  /** A question of which article says something: 哪一条讲高温津贴, 试用期工资在哪一条, 第几条规定的. */
  private static final Pattern WHICH_ARTICLE =
      Pattern.compile(
          "(?:在|是|由)?(?:哪[一1]?条|第几条|哪个条款)(?:里|中)?(?=规定|讲|说|写|提|的|了|[？?]|$)"
              + "(?:规定|讲|说|写|提到?)?[了的]?");

  /** An article's number as its section is headed: 第十二条. */
  private static final Pattern ARTICLE = Pattern.compile("^第[一二三四五六七八九十百零〇\\d]{1,5}条");

  /**
   * Which article says something (哪一条讲高温津贴): the answer of what it says, said to be the article's,
   * when that answer is taken from an article; empty otherwise.
   */
  private static Optional<Answer> ofAnArticle(Answerer answerer, Question q) {
    Matcher asked = WHICH_ARTICLE.matcher(q.text());
    if (!asked.find()) {
      return Optional.empty();
    }
    String rest =
        (q.text().substring(0, asked.start()) + q.text().substring(asked.end()))
            .replaceAll("[？?。的]+$", "")
            .strip();
    if (rest.length() < 2) {
      return Optional.empty();
    }
    Answer a = find(answerer, rest);
    Matcher article =
        a.answered() && !a.sources().isEmpty()
            ? ARTICLE.matcher(a.sources().get(0).section())
            : null;
    if (article == null || !article.find()) {
      return Optional.empty();
    }
    return Optional.of(withVerdict(a, "见" + article.group() + "：\n", a.confidence()));
  }

  /**
   * An answer with whether the asked day, age or amount is within what it gives put first, as sure
   * as given: the answer to the bound is the answer to the question.
   */
  private static Answer withVerdict(Answer a, String verdict, double confidence) {
    return new Answer(
        a.kind(), verdict + a.text(), a.sources(), a.suggestions(), a.detail(), confidence);
  }

  /** A curated pair's answer, when the question asks it ({@link Faqs}). */
  private static Optional<Answer> faq(
      Answerer answerer, Question q, Weights w, Supplier<float[]> vector) {
    if (answerer.faqs.isEmpty()) {
      return Optional.empty();
    }
    return answerer.faqs.match(q, w, vector.get()).map(m -> Faqs.answer(m.faq()));
  }

  /** The title, byline, addressee, signature or attachments, when asked ({@link Parts}). */
  private static Optional<Answer> aboutTheDocument(Snapshot kb, Question q) {
    Optional<Parts.Part> part = Parts.asked(kb, q);
    if (part.isEmpty()) {
      return Optional.empty();
    }
    // 指南是什么时候发的 with minutes and a guide loaded: the one the question names by its kind
    Optional<Notice> named = kb.notices.size() > 1 ? Parts.namedByKind(kb, q) : Optional.empty();
    if (named.isPresent()) {
      Optional<Answer> of = Parts.answer(kb, part.get(), q, List.of(named.get()));
      if (of.isPresent()) {
        return of;
      }
    }
    if (part.get() == Parts.Part.TITLE && kb.notices.size() > 1) {
      return Optional.of(titles(kb));
    }
    return Parts.answer(kb, part.get(), q);
  }

  /**
   * The answer from the notices' text: the outline of a section, else the span of the best sentence
   * that the question's words (or, for a question of a strict shape, its vector) carry, else the
   * one sentence of the asked-for shape, else a refusal with suggestions.
   */
  private static Answer fromTheText(
      Answerer answerer, String raw, Question q, Weights w, float[] vector) {
    Snapshot kb = answerer.index;
    Recall recall = answerer.recall;
    Optional<String> otherTime = QuestionParser.anotherOccasion(q.text());
    if (otherTime.isPresent() && !kb.contains(Canonical.text(otherTime.get()))) {
      // 下一期培训什么时候, 去年评了多少名: what the notice says is of this one, not of that
      return fallback(answerer, raw, vector);
    }
    Optional<Answer> heading = fromHeading(kb, q, w);
    if (heading.isPresent()) {
      return heading.get();
    }
    Outline.Scoring scoring = Outline.score(kb, q, w);
    Optional<Outline.Match> outline = scoring.best().or(() -> Outline.eligibility(kb, q));
    // 几个步骤, 第二场在哪里举行, 头一个环节: the outline answers; a verb the notice lacks (举行) does
    // not stop it, nor the asked-for unit when the outline counts it in other words (环节 for 步骤)
    boolean structureOnly =
        outline
            .filter(Outline.Match::counted)
            .filter(m -> ByShape.namesNothingMissing(q, w, m.exact() ? q.unit() : ""))
            .isPresent();
    List<Candidates.Candidate> candidates = Candidates.of(kb, q, w, vector, recall);
    boolean lexicallyKnown = recall.lexical() && !w.isEmpty() && w.known() >= MIN_KNOWN;
    Candidates.Candidate nearestShaped =
        vector == null || !q.strict() ? null : nearestShaped(q, candidates);
    Candidates.Candidate agreed = agreed(q, w, candidates, recall);
    if (!structureOnly && !lexicallyKnown && agreed == null) {
      if (nearestShaped == null) {
        return byShape(kb, q, w, vector).orElseGet(() -> fallback(answerer, raw, vector));
      }
      // 联系电话多少 of a notice with one contact line: that line is sure, however near its vector
      Optional<Answer> sure = byShape(kb, q, w, vector).filter(a -> !a.lowConfidence());
      if (sure.isPresent()) {
        return sure.get();
      }
    }
    Optional<Answer> fromOutline = fromOutline(kb, q, w, outline, scoring, candidates);
    if (fromOutline.isPresent()) {
      return fromOutline.get();
    }
    List<Replies.Found> found = new ArrayList<>();
    // a strict question is answered only by a sentence of the asked-for shape: look at five of
    // those
    List<Candidates.Candidate> tried =
        new ArrayList<>(
            candidates.stream().filter(c -> !q.strict() || c.fit() >= 0.5).limit(5).toList());
    if (agreed != null && !tried.contains(agreed)) {
      tried.add(agreed);
    }
    Candidates.Candidate neighbour =
        lexicallyKnown && !candidates.isEmpty() ? shapedNeighbour(kb, q, candidates.get(0)) : null;
    if (neighbour != null) {
      tried.add(neighbour);
    }
    if (q.type() == QuestionType.NAME) {
      // 活动叫什么名字: a sentence that quotes a name right before the thing asked about answers
      // before one that only mentions the thing
      tried.sort(Comparator.comparing(c -> c.fit() < 1));
    }
    boolean placeless = false;
    for (Candidates.Candidate c : tried) {
      boolean lexical = lexicallyKnown && c.context() >= MIN_COVERED || c == agreed;
      if (!lexical && c != nearestShaped) {
        if (recall == Recall.LEXICAL && found.isEmpty()) {
          break;
        }
        continue;
      }
      if (doesNotSayWhere(q, w, c)) {
        placeless = true;
        continue;
      }
      if (indexesParts(c.passage()) && asksOfOnePart(q)) {
        continue; // 暖新行动的对象是谁 of ① 体检扩面 ② 帮扶提标 ③ 暖新行动…: the part says, not its name
      }
      Candidates.Candidate answering = listAfter(kb, q, c);
      Weights steering = lexical ? w : steeringByMeaning(q, w, c);
      Optional<String> span =
          c == neighbour
              ? Spans.together(candidates.get(0).passage(), c.passage())
              // a contact line that goes on after a ； (…陈晓雯，…；…林志航，…) answers whole
              : continuedContact(q, answering.passage())
                  ? shapedSpan(kb, q, steering, answering.passage())
                  : Spans.answer(q, steering, answering.passage(), kb);
      if (span.isPresent() && ASKS.matcher(span.get()).find()) {
        continue; // “…今年还能休年假吗？”: a question the text quotes asks, it does not answer
      }
      span =
          span.map(x -> ByShape.listGoesOn(kb, answering.passage(), x))
              .map(x -> ByShape.labelGoesOn(kb, q, w, answering.passage(), x))
              .map(x -> ByShape.aspectsGoOn(kb, q, answering.passage(), x))
              .map(x -> ByShape.stepsGoOn(kb, q, answering.passage(), x))
              .map(x -> ByShape.verdictGoesOn(kb, answering.passage(), x))
              .map(x -> ByShape.ruleGoesBefore(kb, answering.passage(), x))
              .map(x -> ByShape.verdictGoesBefore(kb, q, w, answering.passage(), x))
              .map(x -> ByShape.numberGoesOn(kb, q, answering.passage(), x))
              .map(x -> ByShape.keyed(kb, answering.passage(), x));
      if (span.isPresent()) {
        Replies.Found f = found(q, answering, span.get(), lexical, w, candidates, recall);
        if (c == neighbour || Spans.restates(q, w, span.get())) {
          // the shape from one sentence, the words from the other; or a span that only names what
          // is asked about (…开设“九大精神职工夜校” for 夜校学什么): likely, not sure
          f =
              new Replies.Found(
                  f.passage(), f.span(), Math.min(f.confidence(), SINGLE_CHARACTERS), f.score());
        }
        Candidates.Candidate twin = c == candidates.get(0) ? twin(q, candidates) : null;
        if (twin != null
            && answering == c
            && (f.confidence() < Answer.LOW_CONFIDENCE
                || q.type() == QuestionType.CONTACT
                || ASKS_BOTH.matcher(q.text()).find()
                || casesOfOneLabel(q, c.passage(), twin.passage()))) {
          // unsure which of two cases is meant: both, where they fit in a reply; and two contacts
          // that fit alike, where the question cannot tell the reader's from the other's
          String both = Spans.together(c.passage(), twin.passage()).orElse(f.span());
          f = new Replies.Found(f.passage(), both, f.confidence(), f.score());
        }
        found.add(f);
        if (kb.notices.size() == 1) {
          break;
        }
      }
    }
    if (!found.isEmpty()) {
      Replies.Found first = found.get(0);
      Optional<Replies.Found> other =
          found.stream()
              .filter(f -> f.passage().notice() != first.passage().notice())
              .filter(f -> first.score() - f.score() < CLOSE_RIVAL)
              .findFirst();
      return other.isPresent()
          ? Replies.fromEach(List.of(first, other.get()))
          : Replies.answer(kb, first);
    }
    if (placeless) {
      // the notice names the thing but not where to do what is asked: no other place answers it
      return fallback(answerer, raw, vector);
    }
    return byShape(kb, q, w, vector).orElseGet(() -> fallback(answerer, raw, vector));
  }

  /**
   * The words that steer the span of a sentence found by its vector alone. A verb the notice lacks
   * is a paraphrase (几点散场 of …上午9:00至下午15:30，14:30后停止入场), so it does not. Nor does a noun it lacks,
   * where the sentence is near in meaning and the question names nothing the notice has: the whole
   * question is in other words (饭钱多少 of 午餐费…). Beside a noun the notice has, one it lacks is the
   * detail asked for (供应商的注册资本要求多少), and it stays. A question of who keeps all its words: the
   * holder of a role near in meaning is another's (省总工会新当选的主席是谁 of 区总工会主席…). Measured on the
   * evaluation sets: 113 more right, none more confidently wrong, every off-topic question still
   * refused.
   */
  private static Weights steeringByMeaning(Question q, Weights w, Candidates.Candidate c) {
    if (q.type() == QuestionType.WHO) {
      return w;
    }
    boolean namesKnown = w.terms.stream().anyMatch(t -> t.known() && t.isNounOf(q));
    return c.cosine() >= NEAR_IN_MEANING && !namesKnown ? w.onlyKnown() : w.withoutUnknownVerbs(q);
  }

  /** A question mark: a span that holds one asks something. */
  private static final Pattern ASKS = Pattern.compile("[？?]");

  /**
   * For a question of when or where, the one heading that holds all its words and has that shape
   * itself (总结表彰阶段什么时候 of 「（三）总结表彰阶段（10月1日—11月30日）」): the heading says it, where its sentences may
   * give other dates of the same part. A heading that asks (周四晚上来，哪些地方开放？) answers nothing. Empty
   * when no heading or several do.
   */
  private static Optional<Answer> fromHeading(Snapshot kb, Question q, Weights w) {
    boolean timeOrPlace = q.type() == QuestionType.WHEN || q.type() == QuestionType.WHERE;
    if (!q.strict() || !timeOrPlace || w.isEmpty() || q.ordinal().isPresent()) {
      return Optional.empty(); // a heading's count (四个步骤“学深悟透”) is answered with its items
    }
    int found =
        HeadingFacts.onlySection(
            kb,
            i -> {
              String title = kb.canonicalTitles.get(i);
              return !title.isEmpty()
                  && !ASKS.matcher(title).find()
                  && w.coverage(title) >= 0.99
                  && TypeFit.of(q, title, kb) >= 1
                  && !kb.passagesOf(kb.sections.get(i)).isEmpty();
            });
    if (found < 0) {
      return Optional.empty();
    }
    Section s = kb.sections.get(found);
    Passage first = kb.passagesOf(s).get(0);
    return Optional.of(Replies.answer(kb, new Replies.Found(first, Spans.tidy(s.title()), 1, 1)));
  }

  /** A question of two things at once: 两个邮箱分别是什么, 公司截止和区里截止各是几号. */
  private static final Pattern ASKS_BOTH = Pattern.compile("两[个位家项条种次]|分别|各是|各多少|各几");

  /** A line that only names things by their numbers: ① 体检扩面 ② 帮扶提标 ③ 暖新行动. */
  private static final Pattern INDEX_LINE =
      Pattern.compile("^(\\s*[①-⑳]\\s*[^①-⑳，。；：,;:→]{1,12}){3,}[。]?$");

  /**
   * True for a sentence that indexes parts by number and says nothing of them ({@link
   * #INDEX_LINE}).
   */
  private static boolean indexesParts(Passage p) {
    return INDEX_LINE.matcher(p.text().strip()).matches();
  }

  /** True for a question of what one thing is or has, not which things there are or how many. */
  private static boolean asksOfOnePart(Question q) {
    return q.type() != QuestionType.LIST
        && q.type() != QuestionType.COUNT
        && q.ordinal().isEmpty()
        && q.count().isEmpty();
  }

  /**
   * True when a where-question (申请表在哪里下载) would be answered by a sentence that names no place, site
   * or channel at all and the notice lacks the question's verb (下载), or asks where a place is that
   * the sentence only names: the sentence mentions the thing but does not say where to do what is
   * asked.
   */
  private static boolean doesNotSayWhere(Question q, Weights w, Candidates.Candidate c) {
    return q.type() == QuestionType.WHERE
        && c.fit() == 0
        && (w.terms.stream().anyMatch(t -> !t.known() && !q.nouns().contains(t.word()))
            // 区总工会办公室在哪里 of …报送区总工会办公室: the place is named, not where it is
            || q.terms().size() == 1 && TypeFit.VENUE.matcher(q.terms().get(0)).matches());
  }

  /**
   * The candidate whose vector is nearest the question's, when the words back it up though they
   * alone fall short of {@link #MIN_COVERED}: it holds at least {@link #AGREED_COVERED} of the
   * question (with its heading), its vector is the nearest of all candidates by {@link
   * ByShape#MARGIN} and at least {@link #AGREED_COSINE}, and it has the asked-for shape when the
   * question is strict; or, for a strict question, it is also the best-ranked candidate, has
   * exactly the asked-for shape and holds {@link #SHAPED_COVERED} of the question. Its confidence
   * stays the words' share, so such an answer is marked unsure. Calibrated on the evaluation sets
   * (docs/how-it-answers.md): it answers reworded and colloquial questions whose sentence both
   * signals find, while near-domain questions the notice does not answer, whose nearest sentence is
   * rarely both, stay refused. Null when there is no such candidate.
   */
  private static Candidates.Candidate agreed(
      Question q, Weights w, List<Candidates.Candidate> candidates, Recall recall) {
    if (recall != Recall.WEIGHTED || w.known() < AGREED_KNOWN || candidates.isEmpty()) {
      return null;
    }
    Candidates.Candidate first = candidates.get(0);
    if (first.asked()
        && first.context() >= AGREED_COVERED
        && ByShape.namesNothingMissing(q, w, "")) {
      // 培训班招收什么人 of the sentence under 培训对象: its heading asks the question, and what the
      // notice lacks is a verb (招收), not a thing (南湖市 of 南湖市的送清凉活动什么时候开始)
      return first;
    }
    Candidates.Candidate top =
        candidates.stream().filter(c -> c.vectorRank() == 1).findFirst().orElse(null);
    double least = ByShape.namesNothingMissing(q, w, "") ? AGREED_COSINE_ALL_NAMED : AGREED_COSINE;
    if (top == null || top.cosine() < least || q.strict() && top.fit() < 0.5) {
      return null;
    }
    boolean shapedFirst =
        q.strict() && top == candidates.get(0) && top.fit() >= 1 && top.context() >= SHAPED_COVERED;
    if (shapedFirst) {
      return top;
    }
    if (top.context() < AGREED_COVERED) {
      return null;
    }
    double next = 0;
    for (Candidates.Candidate c : candidates) {
      if (c != top) {
        next = Math.max(next, c.cosine());
      }
    }
    return top.cosine() - next >= ByShape.MARGIN ? top : null;
  }

  /**
   * A section's outline when the question asks for it: its counted items, or a list or count the
   * section names, unless a sentence states the asked count itself (共安排六场 for 几场).
   */
  private static Optional<Answer> fromOutline(
      Snapshot kb,
      Question q,
      Weights w,
      Optional<Outline.Match> outline,
      Outline.Scoring scoring,
      List<Candidates.Candidate> candidates) {
    if (outline.isEmpty()) {
      return Optional.empty();
    }
    Outline.Match m = outline.get();
    double sentenceCoverage = candidates.isEmpty() ? 0 : candidates.get(0).coverage();
    boolean askedByNumber = q.count().isPresent() || q.ordinal().isPresent();
    boolean statedCount =
        q.type() == QuestionType.COUNT
            && !q.measure().isEmpty()
            && candidates.stream()
                .limit(3)
                .anyMatch(c -> c.fit() >= 1 && c.context() >= MIN_COVERED && c.coverage() > 0);
    boolean coversAsMuch = m.coverage() >= sentenceCoverage - 0.05;
    // 学习一共分几个步骤 of 「四个步骤“学深悟透”」: the part counts what is asked and no sentence gives a count
    // of it, though a sentence says more of the question's other words (学习)
    boolean countsTheUnit =
        q.type() == QuestionType.COUNT
            && m.exact()
            && candidates.stream().limit(3).noneMatch(c -> c.fit() >= 1);
    // 三个百分之百是哪三个: a part of three items that holds none of the question's words does not
    // answer it because of its number, where a sentence holds them
    boolean byItsNumber =
        m.counted()
            && (q.ordinal().isPresent()
                || q.count().isPresent() && (m.coverage() > 0 || sentenceCoverage == 0));
    // 工人先锋号推荐了哪些集体 of 「省工人先锋号拟推荐对象（4个）」 over four lines: the part lists what is
    // asked, where the lead only says who recommended them
    // (not 第一名有什么奖励 of 「奖励办法」, whose items do not say the rest of the question)
    boolean listsTheUnit =
        q.type() == QuestionType.LIST && !q.unit().isEmpty() && m.exact() && m.coverage() >= 0.5;
    // 女子第二个项目是什么 of 女子：100米、200米、800米…, not the second part of 「竞赛项目」: a sentence
    // that says more of the question and lists things itself is what a position is counted in
    boolean listedInASentence =
        q.ordinal().isPresent()
            && !candidates.isEmpty()
            && sentenceCoverage > m.coverage() + 0.05
            && Spans.enumerates(candidates.get(0).passage().text());
    boolean asked =
        !(statedCount && !m.exact())
            && !listedInASentence
            && (m.counted() || !q.strict())
            && (coversAsMuch || byItsNumber || countsTheUnit || listsTheUnit);
    if (!asked) {
      return Optional.empty();
    }
    double confidence = w.isEmpty() || m.exact() ? 1 : Math.min(1, m.coverage());
    if (!coversAsMuch && !askedByNumber) {
      confidence = Math.min(confidence, SINGLE_CHARACTERS);
    }
    String text = Outline.render(m, q);
    Optional<Outline.Match> rival = kb.notices.size() > 1 ? scoring.rival(m) : Optional.empty();
    if (rival.isPresent()) {
      // 一共有几个岗位 beside a recruitment notice and a call for volunteers: each, under its title
      return Optional.of(
          Replies.answer(
              Replies.fromEach(
                  List.of(m.notice(), rival.get().notice()),
                  List.of(text, Outline.render(rival.get(), q))),
              m.notice(),
              m.section().title(),
              m.section().heading(),
              confidence));
    }
    text += Replies.whose(kb, m.notice());
    return Optional.of(
        Replies.answer(text, m.notice(), m.section().title(), m.section().heading(), confidence));
  }

  /**
   * An answering sentence with its confidence: the share of the question its words hold (or, found
   * by its vector, its cosine), discounted when the next candidate ranked almost as high; for a
   * question strict about its answer's shape, the next that has that shape (a sentence without a
   * date is no rival answer to 哪天开始).
   */
  private static Replies.Found found(
      Question q,
      Candidates.Candidate c,
      String span,
      boolean lexical,
      Weights w,
      List<Candidates.Candidate> candidates,
      Recall recall) {
    double confidence = lexical ? Math.min(w.known(), c.context()) : semanticConfidence(c.cosine());
    if (lexical && w.knownOnlyAsSingleCharacters()) {
      confidence = Math.min(confidence, SINGLE_CHARACTERS);
    }
    if (lexical
        && c.coverage() == 0
        && w.coverage(Canonical.text(c.passage().section().title())) == 0) {
      // none of the question's words in the sentence or its heading, only in the sentence before
      // it (每年…审查 after 实行…): not enough to be sure
      confidence = Math.min(confidence, SINGLE_CHARACTERS);
    }
    if (lexical && (leavesWhichUnnamed(q, span) || namesNoBody(q, span))) {
      confidence = Math.min(confidence, SINGLE_CHARACTERS);
    }
    double nextScore =
        candidates.stream()
            .skip(candidates.indexOf(c) + 1)
            .filter(r -> !q.strict() || r.fit() >= 0.5)
            .findFirst()
            .map(r -> Candidates.score(r, recall))
            .orElse(0.0);
    if (Candidates.score(c, recall) - nextScore < CLOSE_RIVAL) {
      confidence *= RIVAL_DISCOUNT;
    }
    return new Replies.Found(
        c.passage(), span, Math.min(1, confidence), Candidates.score(c, recall));
  }

  /** A question of which bodies: 哪些单位, 哪家单位, 第一个单位是哪家. */
  private static final Pattern ASKS_BODIES =
      Pattern.compile("(哪些|哪个|哪家|哪几个|哪几家)(单位|企业|公司|部门)|(单位|企业|公司)(是|有)?(哪家|哪些|哪个)");

  /** A body's name by how it ends: …有限公司, …总工会, …人力资源和社会保障局, …技术部. */
  private static final Pattern BODY =
      Pattern.compile(
          "\\p{IsHan}{2,}(公司|集团|工会|局|委员会|中心|学院|学校|医院|银行|厂|办公室|协会|大学|政府|街道|社区|[^全内局外]部)");

  /**
   * True when the question asks which bodies (团体一等奖是哪些单位) and the answer names none
   * (团体一等奖、二等奖、三等奖单位分别奖励2万元…): it says something of them, not who they are.
   */
  static boolean namesNoBody(Question q, String span) {
    return ASKS_BODIES.matcher(q.text()).find() && !BODY.matcher(span).find();
  }

  /** 哪个小程序, 哪家银行, 什么平台: the thing whose name the question asks. */
  private static final Pattern WHICH = Pattern.compile("(?:哪个|哪家|哪一个|什么|啥)([\\p{IsHan}]{2,4})");

  /**
   * True when the question asks which thing by its name (在哪个小程序申请) and the answer says the thing
   * without one (到期前…可在小程序申请免费换卡, 在8家规模以上企业建成…): no quoted or titled name beside it, and nothing
   * but a preposition or a count before it. Such an answer is a guess.
   */
  static boolean leavesWhichUnnamed(Question q, String span) {
    Matcher m = WHICH.matcher(q.text());
    if (!m.find()) {
      return false;
    }
    for (int len = m.group(1).length(); len >= 2; len--) {
      String thing = m.group(1).substring(0, len);
      int at = span.indexOf(thing);
      if (at >= 0) {
        int end = at + thing.length();
        boolean quoted =
            span.startsWith("“", end) || at > 0 && "”》".indexOf(span.charAt(at - 1)) >= 0;
        boolean bare = at == 0 || "在到从用于的和、，上家个些类种各".indexOf(span.charAt(at - 1)) >= 0;
        return !quoted && bare;
      }
    }
    return false;
  }

  /**
   * For a list question, the sentence right after the best one when that one is its paragraph's
   * topic sentence, which only introduces the thing ("主题活动是激发读书热情的有效载体。") and the next one lists it
   * ("各级工会要组织开展……荐书、读书征文、主题演讲…"); otherwise the best sentence itself.
   */
  private static Candidates.Candidate listAfter(Snapshot kb, Question q, Candidates.Candidate c) {
    Passage p = c.passage();
    boolean topic = p.sentence() == 0 && p.paragraphOf().topic().isPresent();
    if (q.type() != QuestionType.LIST
        || c.fit() >= 0.5
        || !topic
        || p.id() + 1 >= kb.passages.size()) {
      return c;
    }
    Passage next = kb.passages.get(p.id() + 1);
    boolean sameParagraph = next.section() == p.section() && next.paragraph() == p.paragraph();
    double fit = TypeFit.of(q, next.canonical(), kb);
    if (!sameParagraph || fit < 0.5) {
      return c;
    }
    return c.answeredBy(next, fit);
  }

  /**
   * For a question strict about its answer's shape, the one sentence of the best candidate's
   * paragraph, right before or after it, that has the shape the best lacks: 钱多久能到手 of
   * "…市总工会在十五个工作日内完成复审。审核通过的，给付款项直接打入会员本人银行账户。", where the words are in the second sentence and the
   * time in the first. It takes the best's share of the question, and the two sentences answer
   * together. Null when the best has any of the shape itself (2022年印发的… for 几月份印发的: a year, so the
   * neighbour's dates are of something else), holds too little of the question, or both its
   * neighbours or neither have the shape.
   */
  private static Candidates.Candidate shapedNeighbour(
      Snapshot kb, Question q, Candidates.Candidate best) {
    if (!q.strict() || best.fit() > 0 || best.context() < MIN_COVERED) {
      return null;
    }
    Passage p = best.passage();
    Candidates.Candidate shaped = null;
    for (int id : new int[] {p.id() - 1, p.id() + 1}) {
      if (id < 0 || id >= kb.passages.size()) {
        continue;
      }
      Passage n = kb.passages.get(id);
      if (n.section() != p.section() || n.paragraph() != p.paragraph()) {
        continue;
      }
      double fit = TypeFit.of(q, n.canonical(), kb);
      if (fit >= 1) {
        if (shaped != null) {
          return null;
        }
        shaped = best.answeredBy(n, fit);
      }
    }
    return shaped;
  }

  /**
   * The sentence beside the best one that answers a strict question just as well: the same share of
   * the question with its context (heading, sentence before), the asked-for shape, the same
   * paragraph (给予每人1万元奖励；提名奖每人奖励3000元 for 得奖能拿多少钱). An unsure reply gives both cases, as neither is
   * the more likely; null when there is no such sentence.
   */
  private static Candidates.Candidate twin(Question q, List<Candidates.Candidate> candidates) {
    if (!q.strict() || candidates.size() < 2) {
      return null;
    }
    Candidates.Candidate best = candidates.get(0);
    Candidates.Candidate next = candidates.get(1);
    Passage a = best.passage();
    Passage b = next.passage();
    boolean beside =
        Math.abs(a.id() - b.id()) == 1
            && a.section() == b.section()
            && a.paragraph() == b.paragraph();
    // or a second contact line of the same notice (a forward's own contact, and its notice's)
    boolean contacts = q.type() == QuestionType.CONTACT && a.notice() == b.notice();
    // 两个邮箱分别是什么, 公司截止和区里截止各是几号: two of the asked-for shape, whatever else each says
    boolean both = a.notice() == b.notice() && ASKS_BOTH.matcher(q.text()).find();
    boolean fit = best.fit() >= 1 && next.fit() >= 1;
    boolean asGood = fit && Math.abs(best.context() - next.context()) < 1e-9;
    return (beside || contacts) && asGood
            || both && fit
            || casesOfOneLabel(q, a, b) && best.fit() > 0 && next.fit() > 0
        ? next
        : null;
  }

  /**
   * True when two lines side by side are labelled as two cases of one thing (网上报名时间：… and 现场报名时间：…)
   * and the question names neither case (什么时候报名): it asks of both.
   */
  private static boolean casesOfOneLabel(Question q, Passage a, Passage b) {
    if (Math.abs(a.id() - b.id()) != 1 || a.section() != b.section()) {
      return false;
    }
    Matcher la = ByShape.LABEL.matcher(Headings.stripNumbering(a.canonical().strip()));
    Matcher lb = ByShape.LABEL.matcher(Headings.stripNumbering(b.canonical().strip()));
    if (!la.find() || !lb.find()) {
      return false;
    }
    String x = la.group(1);
    String y = lb.group(1);
    int shared = 0;
    while (shared < Math.min(x.length(), y.length())
        && x.charAt(x.length() - 1 - shared) == y.charAt(y.length() - 1 - shared)) {
      shared++;
    }
    String caseX = x.substring(0, x.length() - shared);
    String caseY = y.substring(0, y.length() - shared);
    String text = Canonical.text(q.text());
    return shared >= 2
        && !caseX.isEmpty()
        && !caseY.isEmpty()
        && !text.contains(caseX)
        && !text.contains(caseY);
  }

  /** The answer to a question that asks for a kind of thing and little else ({@link ByShape}). */
  private static Optional<Answer> byShape(Snapshot kb, Question q, Weights w, float[] vector) {
    if (!ByShape.applies(q, w)) {
      return Optional.empty();
    }
    List<Replies.Found> found = new ArrayList<>();
    for (ByShape.Picked picked : ByShape.pick(kb, q, w, vector)) {
      Passage p = picked.passage();
      Optional<String> span = shapedSpan(kb, q, w, p);
      boolean figureAlone = span.isEmpty() && givesTheFigureAlone(q, p);
      if (figureAlone) {
        span = Optional.of(Spans.tidy(p.text()));
      }
      if (span.isEmpty()) {
        return Optional.empty();
      }
      span = span.map(x -> ByShape.ruleGoesBefore(kb, p, x)); // the rule a case's bound is part of
      // a notice's only contact line, or its only sentence that counts the asked-for measure (六场)
      boolean sure =
          (q.type() == QuestionType.CONTACT || q.type() == QuestionType.COUNT)
              && w.terms.stream().allMatch(Weights.Term::known)
              // 考了证找谁领钱 of a notice whose one number is a hotline that says nothing of it
              && (w.isEmpty() || w.coverage(p.canonical()) > 0)
              && picked.alone()
              && !figureAlone;
      found.add(
          new Replies.Found(p, span.get(), sure ? ONLY_SHAPE_CONFIDENCE : SHAPE_CONFIDENCE, 0));
    }
    if (found.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(
        found.size() > 1 ? Replies.fromEach(found) : Replies.answer(kb, found.get(0)));
  }

  /** True for a contact question answered by a sentence that a ； ends, the line going on. */
  private static boolean continuedContact(Question q, Passage p) {
    String text = p.text().strip();
    return q.type() == QuestionType.CONTACT && (text.endsWith("；") || text.endsWith(";"));
  }

  /** Longest line a shaped answer gives whole when no window of it holds the question's words. */
  private static final int FIGURE_LINE = 40;

  /**
   * True when the sentence picked for its shape is short and gives the asked-for figure, though
   * none of the question's words (孩子多大能参加 of 子女年龄6至12周岁（以7月9日计算）): it answers whole, and unsure,
   * for its words are not the question's. 几月份 asks when, not a count of months.
   */
  private static boolean givesTheFigureAlone(Question q, Passage p) {
    return q.type() == QuestionType.COUNT
        && !q.measure().isEmpty()
        && !q.measure().equals("月")
        && p.text().length() <= FIGURE_LINE
        && p.canonical().contains(q.measure());
  }

  /** The span a shaped sentence answers with: for a contact, its whole contact line. */
  private static Optional<String> shapedSpan(Snapshot kb, Question q, Weights w, Passage p) {
    if (q.type() != QuestionType.CONTACT) {
      return Spans.answer(q, w, p, kb);
    }
    List<String> spans = new ArrayList<>();
    for (Passage x : ByShape.contactParagraph(kb, q, p)) {
      Spans.answer(q, w, x, kb).map(Spans::withoutEnd).ifPresent(spans::add);
    }
    return spans.isEmpty() ? Optional.empty() : Optional.of(String.join("；", spans) + "。");
  }

  /** A part that says where the event is held: 二、活动地点, 会议地点, 举办地点. */
  private static final Pattern VENUE_HEADING =
      Pattern.compile("^(活动|会议|举办|比赛|培训|招聘会|演出|汇演)?(地点|场地|举办地点)$");

  /** A line that says where the event is held: 📍 活动地点：…, 地点：… (its emoji already gone). */
  private static final Pattern VENUE_LINE =
      Pattern.compile("^(活动|会议|举办|比赛|培训|招聘会|演出|汇演)?(地点|场地)[：:]\\s*\\S");

  /**
   * 在哪儿办, a question of where that names nothing: the first sentence of the one part that says
   * where the event is held (二、活动地点), or else of its line that does (活动地点：…), where exactly one
   * notice has one.
   */
  private static Optional<Answer> venue(Snapshot kb) {
    List<Answer> found = new ArrayList<>();
    for (Notice n : kb.notices) {
      Optional<Venue> venue =
          n.sections().stream()
              .filter(s -> VENUE_HEADING.matcher(s.title()).matches() && !s.paragraphs().isEmpty())
              .findFirst()
              .map(s -> new Venue(s, s.paragraphs().get(0).text()))
              .or(
                  () ->
                      n.sections().stream()
                          .flatMap(
                              s -> s.paragraphs().stream().map(p -> new Venue(s, p.text().strip())))
                          .filter(v -> VENUE_LINE.matcher(v.text()).find())
                          .findFirst());
      venue.ifPresent(
          v -> {
            String first = Spans.tidy(Sentences.split(v.text()).get(0));
            Source source = new Source(n.id(), n.title(), v.part().title(), first);
            found.add(new Answer(Answer.Kind.ANSWER, first, List.of(source), List.of()));
          });
    }
    return found.size() == 1 ? Optional.of(found.get(0)) : Optional.empty();
  }

  /** Where a notice says its event is held: the text, and the part it stands in. */
  private record Venue(Section part, String text) {}

  /**
   * "哪个城市": the place the notices name most often, with a sentence that names it; empty when they
   * name none.
   */
  private static Optional<Answer> place(Snapshot kb) {
    String best = null;
    int bestCount = 0;
    for (String place : kb.places) {
      int count = 0;
      for (Passage p : kb.passages) {
        for (int at = p.canonical().indexOf(place);
            at >= 0;
            at = p.canonical().indexOf(place, at + 1)) {
          count++;
        }
      }
      if (count > bestCount
          || count == bestCount && best != null && place.length() < best.length()) {
        best = place;
        bestCount = count;
      }
    }
    if (best == null) {
      return Optional.empty();
    }
    for (Passage p : kb.passages) {
      if (p.canonical().contains(best)) {
        Source source = p.source();
        String text = "通知说的是" + best + "。\n原文：" + placeQuote(p, best);
        return Optional.of(
            new Answer(
                Answer.Kind.ANSWER, text, List.of(source), List.of(), p.paragraphOf().text()));
      }
    }
    return Optional.empty();
  }

  /** Longest sentence quoted whole for "哪个城市"; a longer one is quoted by its clause. */
  private static final int PLACE_QUOTE = 60;

  /** The sentence naming the place, or, when it is long, the clause that names it. */
  private static String placeQuote(Passage p, String place) {
    if (p.text().length() <= PLACE_QUOTE) {
      return p.text();
    }
    for (int i = 0; i < p.clauses().size(); i++) {
      if (p.canonicalClauses().get(i).contains(place)) {
        String clause = p.clauses().get(i).replaceAll("[，,：:；;。]$", "");
        return (i == 0 ? "" : "……") + clause + "……";
      }
    }
    return p.text();
  }

  /** The titles of the notices, when a title is asked and there are several. */
  private static Answer titles(Snapshot kb) {
    StringBuilder text = new StringBuilder("现有" + kb.notices.size() + "篇通知：");
    List<Source> sources = new ArrayList<>();
    for (Notice n : kb.notices) {
      text.append("\n").append(Titles.book(n.title()));
      sources.add(new Source(n.id(), n.title(), "标题", n.title()));
    }
    return new Answer(Answer.Kind.ANSWER, text.toString(), sources, List.of());
  }

  static Answer fallback(Answerer answerer, String question, float[] vector) {
    List<String> suggestions = Suggestions.forQuestion(answerer, question, vector);
    StringBuilder text = new StringBuilder("抱歉，通知里没有找到这个问题的答案。");
    if (!suggestions.isEmpty()) {
      text.append("您可以试着问：");
      for (int i = 0; i < suggestions.size(); i++) {
        text.append('\n').append(i + 1).append(". ").append(suggestions.get(i));
      }
    }
    return new Answer(Answer.Kind.FALLBACK, text.toString(), List.of(), suggestions);
  }
}
