package org.unionbot.core;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;
import org.unionbot.core.score.ScoreStore;
import org.unionbot.knowledge.Answer;
import org.unionbot.knowledge.KnowledgeBase;
import org.unionbot.knowledge.Source;

/**
 * The one entry point every channel uses: a {@link Message} in, a {@link Reply} out.
 *
 * <p>Routes, in order, first match wins: the quiz round in progress (an answer, 跳过, 退出), menu keys,
 * commands (答题/测验, 积分/我的成绩, 排行榜, 帮助/菜单, 要点, 原文/出处, 详细说说), a number picking one of the last
 * suggested questions, then questions to the knowledge base. A question asked in the middle of a
 * round is answered and the round stays open.
 *
 * <p>A round lives in its node's memory. When a node dies, its users' next node has no session for
 * them: the first message that looks like an answer ({@link #looksLikeAnswer}) finds the round
 * still open in the store ({@link ScoreStore#closeInterruptedRound}) and gets one note that the
 * round was interrupted, with how to start again; points already recorded stay.
 *
 * <p>Thread-safe. Sessions live in memory for {@link Settings#sessionIdle()} after a user's last
 * message; one user's messages are handled one at a time.
 */
public final class Bot {

  /** The default menu keys; they always work. */
  public static final List<String> MENU_KEYS = List.of("QUIZ", "OUTLINE", "SCORE", "HELP");

  /**
   * How the bot behaves.
   *
   * @param roundSize questions per quiz round
   * @param sessionIdle how long a session lives after the user's last message
   * @param clock the time source for scores
   * @param zone the time zone days are counted in (daily bonus, items seen today)
   * @param rankedChannels the channels whose users the leaderboard lists and ranks ({@link
   *     UserId#CHANNELS})
   */
  public record Settings(
      int roundSize, Duration sessionIdle, Clock clock, ZoneId zone, Set<String> rankedChannels) {

    /** Who is ranked unless an admin says otherwise: WeChat and WeCom users, not web-only ids. */
    public static final Set<String> RANKED_BY_DEFAULT = Set.of(UserId.WECHAT, UserId.WECOM);

    public Settings {
      if (roundSize < 1 || roundSize > 50) {
        throw new IllegalArgumentException("round size must be 1–50, was " + roundSize);
      }
      Objects.requireNonNull(sessionIdle, "sessionIdle");
      Objects.requireNonNull(clock, "clock");
      Objects.requireNonNull(zone, "zone");
      rankedChannels = Set.copyOf(rankedChannels);
      if (!UserId.CHANNELS.containsAll(rankedChannels)) {
        throw new IllegalArgumentException(
            "ranked channels must be among " + UserId.CHANNELS + ", were " + rankedChannels);
      }
    }

    /** These settings, with WeChat and WeCom users ranked. */
    public Settings(int roundSize, Duration sessionIdle, Clock clock, ZoneId zone) {
      this(roundSize, sessionIdle, clock, zone, RANKED_BY_DEFAULT);
    }

    /** 5 questions a round, 30 minutes idle, the system clock, China Standard Time. */
    public static Settings defaults() {
      return new Settings(5, Duration.ofMinutes(30), Clock.systemUTC(), ZoneId.of("Asia/Shanghai"));
    }

    /** These settings, ranking the users of {@code channels}. */
    public Settings withRankedChannels(Set<String> channels) {
      return new Settings(roundSize, sessionIdle, clock, zone, channels);
    }
  }

  private enum Command {
    QUIZ,
    SKIP,
    QUIT,
    SCORE,
    LEADERBOARD,
    HELP,
    OUTLINE,
    SOURCE,
    DETAIL
  }

  private static final Map<String, Command> COMMANDS =
      Map.ofEntries(
          Map.entry("答题", Command.QUIZ),
          Map.entry("测验", Command.QUIZ),
          Map.entry("开始答题", Command.QUIZ),
          Map.entry("考考我", Command.QUIZ),
          Map.entry("每日答题", Command.QUIZ),
          Map.entry("跳过", Command.SKIP),
          Map.entry("下一题", Command.SKIP),
          Map.entry("退出", Command.QUIT),
          Map.entry("退出答题", Command.QUIT),
          Map.entry("结束答题", Command.QUIT),
          Map.entry("积分", Command.SCORE),
          Map.entry("我的积分", Command.SCORE),
          Map.entry("我的成绩", Command.SCORE),
          Map.entry("成绩", Command.SCORE),
          Map.entry("排行榜", Command.LEADERBOARD),
          Map.entry("排名", Command.LEADERBOARD),
          Map.entry("帮助", Command.HELP),
          Map.entry("菜单", Command.HELP),
          Map.entry("help", Command.HELP),
          Map.entry("使用说明", Command.HELP),
          Map.entry("怎么用", Command.HELP),
          Map.entry("要点", Command.OUTLINE),
          Map.entry("提纲", Command.OUTLINE),
          Map.entry("大纲", Command.OUTLINE),
          Map.entry("原文", Command.SOURCE),
          Map.entry("出处", Command.SOURCE),
          Map.entry("来源", Command.SOURCE),
          Map.entry("详细说说", Command.DETAIL),
          Map.entry("详细", Command.DETAIL),
          Map.entry("展开", Command.DETAIL),
          Map.entry("展开说说", Command.DETAIL),
          Map.entry("具体说说", Command.DETAIL));

  private static final Map<String, Command> MENU =
      Map.of(
          "QUIZ", Command.QUIZ,
          "OUTLINE", Command.OUTLINE,
          "SCORE", Command.SCORE,
          "HELP", Command.HELP);

  private static final int LEADERS = 10;

  /** The longest reply, in characters, that may be an answer to a quiz item. */
  static final int SHORT_ANSWER = 8;

  private static final Pattern QUESTION = Pattern.compile("[?？吗呢]|什么|怎么|多少|哪|几|如何|为何");
  private static final Pattern COMMAND_NOISE = Pattern.compile("[\\p{P}\\p{S}\\s]+");
  private static final Pattern PICK_NOISE = Pattern.compile("[\\p{P}\\s]+");
  private static final Pattern ORDINAL = Pattern.compile("^第(.)个?$");

  private final KnowledgeBase knowledge;
  private final ScoreStore scores;
  private final Quiz quiz;
  private final Cache<String, Session> sessions;
  private final QuestionLog questions;
  private final Settings settings;

  public Bot(KnowledgeBase knowledge, ScoreStore scores) {
    this(knowledge, scores, Settings.defaults());
  }

  public Bot(KnowledgeBase knowledge, ScoreStore scores, Settings settings) {
    this(knowledge, scores, settings, QuestionLog.NONE);
  }

  /**
   * A bot that reports every question it answers from the knowledge base (answered or fallback) to
   * {@code questions}.
   */
  public Bot(KnowledgeBase knowledge, ScoreStore scores, Settings settings, QuestionLog questions) {
    this.knowledge = Objects.requireNonNull(knowledge, "knowledge");
    this.scores = Objects.requireNonNull(scores, "scores");
    this.questions = Objects.requireNonNull(questions, "questions");
    this.settings = Objects.requireNonNull(settings, "settings");
    this.quiz =
        new Quiz(
            knowledge,
            scores,
            settings.roundSize(),
            settings.clock(),
            settings.zone(),
            settings.rankedChannels());
    this.sessions =
        Caffeine.newBuilder()
            .expireAfterAccess(settings.sessionIdle())
            .maximumSize(200_000)
            .recordStats()
            .build();
  }

  /**
   * The caches this bot reads, by name, for their metrics (they record statistics): its sessions
   * and {@link KnowledgeBase#sharedCaches}.
   */
  public Map<String, Cache<?, ?>> caches() {
    Map<String, Cache<?, ?>> caches = new TreeMap<>(KnowledgeBase.sharedCaches());
    caches.put("bot_sessions", sessions);
    return caches;
  }

  public KnowledgeBase knowledge() {
    return knowledge;
  }

  public Reply handle(Message message) {
    Objects.requireNonNull(message, "message");
    Session session = sessions.get(message.user(), u -> new Session());
    synchronized (session) {
      if (message instanceof Message.Event e) {
        return event(e, session);
      }
      return text(message.user(), ((Message.Text) message).text(), session);
    }
  }

  private Reply event(Message.Event e, Session session) {
    switch (e.type().toLowerCase(Locale.ROOT)) {
      case "subscribe":
        return withExample(Reply.Kind.WELCOME, Texts.WELCOME);
      case "click":
        Command c = MENU.getOrDefault(e.key().toUpperCase(Locale.ROOT), Command.HELP);
        return command(e.user(), c, session);
      default:
        return Reply.none();
    }
  }

  private Reply text(String user, String raw, Session session) {
    String text = raw.strip();
    if (text.isEmpty()) {
      return withExample(Reply.Kind.HELP, Texts.EMPTY);
    }
    String normalized = KnowledgeBase.normalize(text);
    Optional<Command> command = command(normalized);
    Optional<QuizRound> round = session.round();
    if (round.isPresent()) {
      if (command.isPresent()) {
        return inRound(command(user, command.get(), session), session);
      }
      Optional<Reply> graded = quiz.answer(user, session, text);
      if (graded.isPresent()) {
        return graded.get();
      }
      return inRound(question(text, session), session);
    }
    if (command.isPresent()) {
      return command(user, command.get(), session);
    }
    if (!session.interruptionChecked() && looksLikeAnswer(text, normalized)) {
      session.interruptionChecked(true);
      Instant since = settings.clock().instant().minus(settings.sessionIdle());
      if (scores.closeInterruptedRound(user, since)) {
        return Reply.of(Reply.Kind.HELP, Texts.ROUND_INTERRUPTED);
      }
    }
    Optional<Integer> pick = pick(normalized);
    if (pick.isPresent()) {
      List<String> offered = session.suggestions();
      int i = pick.get();
      return i >= 1 && i <= offered.size()
          ? question(offered.get(i - 1), session)
          : Reply.of(Reply.Kind.HELP, Texts.NO_SUCH_SUGGESTION);
    }
    return question(text, session);
  }

  private Reply command(String user, Command c, Session session) {
    boolean inRound = session.round().isPresent();
    return switch (c) {
      case QUIZ -> quiz.start(user, session);
      case SKIP -> inRound ? quiz.skip(user, session) : withExample(Reply.Kind.HELP, Texts.HELP);
      case QUIT -> inRound ? quiz.quit(user, session) : withExample(Reply.Kind.HELP, Texts.HELP);
      case SCORE -> standing(user);
      case LEADERBOARD -> leaderboard();
      case HELP -> withExample(Reply.Kind.HELP, Texts.HELP);
      case OUTLINE -> Reply.of(Reply.Kind.ANSWER, knowledge.outline());
      case SOURCE -> source(session);
      case DETAIL -> detail(session);
    };
  }

  /** A reply given while a round runs, with a reminder of where the round is. */
  private static Reply inRound(Reply reply, Session session) {
    Optional<QuizRound> round = session.round();
    if (round.isEmpty() || reply.kind() == Reply.Kind.QUIZ || reply.kind() == Reply.Kind.GRADE) {
      return reply;
    }
    String reminder = String.format(Texts.IN_ROUND, round.get().position(), round.get().total());
    return new Reply(
        reply.kind(),
        reply.text() + reminder,
        reply.sources(),
        reply.suggestions(),
        reply.quiz(),
        reply.grade());
  }

  private Reply question(String text, Session session) {
    Answer a = knowledge.answer(text);
    questions.record(text, a);
    session.answered(a);
    Reply.Kind kind = a.answered() ? Reply.Kind.ANSWER : Reply.Kind.FALLBACK;
    return new Reply(kind, a.text(), a.sources(), a.suggestions());
  }

  private Reply standing(String user) {
    ScoreStore.Standing s = scores.standing(user, settings.rankedChannels());
    if (s.answered() == 0 && s.points() == 0) {
      return Reply.of(Reply.Kind.SCORE, Texts.NO_SCORE);
    }
    String streak = s.streak() > 1 ? String.format(Texts.STREAK, s.streak()) : "";
    int accuracy = (int) Math.round(100 * s.accuracy());
    return Reply.of(
        Reply.Kind.SCORE,
        String.format(
                Texts.STANDING, s.points(), s.rank(), s.answered(), s.correct(), accuracy, streak)
            + "。");
  }

  private Reply leaderboard() {
    List<ScoreStore.Standing> top = scores.top(LEADERS, settings.rankedChannels());
    if (top.isEmpty()) {
      return Reply.of(Reply.Kind.LEADERBOARD, Texts.LEADERBOARD_EMPTY);
    }
    StringBuilder sb = new StringBuilder(String.format(Texts.LEADERBOARD, LEADERS));
    for (ScoreStore.Standing s : top) {
      sb.append('\n')
          .append(s.rank())
          .append(". ")
          .append(mask(s.user()))
          .append("  ")
          .append(s.points())
          .append("分");
    }
    return Reply.of(Reply.Kind.LEADERBOARD, sb.toString());
  }

  /**
   * Shows enough of a user's id to recognise oneself, not enough to identify anyone: ab***yz for
   * {@code wechat:ab…yz}, without the channel.
   */
  static String mask(String key) {
    String user = key.substring(key.indexOf(':') + 1);
    int n = user.codePointCount(0, user.length());
    if (n <= 4) {
      return user.substring(0, user.offsetByCodePoints(0, 1)) + "***";
    }
    return user.substring(0, user.offsetByCodePoints(0, 2))
        + "***"
        + user.substring(user.offsetByCodePoints(0, n - 2));
  }

  /**
   * A reply whose text names the example question of the knowledge base now serving (in its {@code
   * %s}), and offers it as a suggestion the chat page shows as a button.
   */
  private Reply withExample(Reply.Kind kind, String text) {
    String example = knowledge.example();
    return new Reply(kind, String.format(text, example), List.of(), List.of(example));
  }

  private Reply source(Session session) {
    Optional<Answer> last = session.lastAnswer();
    if (last.isEmpty() || last.get().sources().isEmpty()) {
      return withExample(Reply.Kind.HELP, Texts.NO_LAST_ANSWER);
    }
    Source s = last.get().sources().get(0);
    return new Reply(
        Reply.Kind.ANSWER,
        String.format(Texts.SOURCE, s.title(), s.section(), s.snippet()),
        List.of(s),
        List.of());
  }

  private Reply detail(Session session) {
    Optional<Answer> last = session.lastAnswer();
    if (last.isEmpty() || last.get().detail().isEmpty()) {
      return source(session);
    }
    Source s = last.get().sources().get(0);
    return new Reply(
        Reply.Kind.ANSWER,
        String.format(Texts.DETAIL, s.section(), last.get().detail()),
        List.of(s),
        List.of());
  }

  /** The command that {@code normalized} (see {@link KnowledgeBase#normalize}) names, if any. */
  private static Optional<Command> command(String normalized) {
    String key = COMMAND_NOISE.matcher(normalized).replaceAll("");
    return Optional.ofNullable(COMMANDS.get(key.toLowerCase(Locale.ROOT)));
  }

  /**
   * Whether a message with no round running here could be an answer to a quiz item: a letter A–D or
   * a short word (at most {@value #SHORT_ANSWER} characters), not a question. The first such
   * message of a session asks the store whether a round that another node ran was left open (that
   * node died): the user is told once, instead of having "B" answered as a question.
   */
  static boolean looksLikeAnswer(String text) {
    return looksLikeAnswer(text, KnowledgeBase.normalize(text));
  }

  private static boolean looksLikeAnswer(String text, String normalized) {
    if (QUESTION.matcher(text).find()) {
      return false;
    }
    String t = COMMAND_NOISE.matcher(normalized).replaceAll("");
    return !t.isEmpty() && t.codePointCount(0, t.length()) <= SHORT_ANSWER;
  }

  /** "1", "２", "三", "第2个" (already normalised): a number picking a suggested question. */
  private static Optional<Integer> pick(String normalized) {
    String t = PICK_NOISE.matcher(normalized).replaceAll("");
    t = ORDINAL.matcher(t).replaceAll("$1");
    return switch (t) {
      case "1", "一" -> Optional.of(1);
      case "2", "二" -> Optional.of(2);
      case "3", "三" -> Optional.of(3);
      case "4", "四" -> Optional.of(4);
      case "5", "五" -> Optional.of(5);
      default -> Optional.empty();
    };
  }
}
