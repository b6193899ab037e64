package org.unionbot.core;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.unionbot.core.contest.ContestStore;
import org.unionbot.core.intent.Intents;
import org.unionbot.core.intent.Referral;
import org.unionbot.core.intent.Session;
import org.unionbot.core.score.ScoreStore;
import org.unionbot.knowledge.KnowledgeBase;

/**
 * The one entry point every channel uses: a {@link Message} in, a {@link Reply} out.
 *
 * <p>Each message goes down one ordered table of intents ({@link Intents}), first match wins: the
 * subscribe event, menu keys, command words with their synonyms (答题/测验, 跳过, 退出, 积分/我的成绩, 排行榜,
 * 帮助/菜单, 要点, and the follow-ups 出处/原文 and 详细说说), an answer inside a quiz round, the note that a
 * round another node ran was interrupted, a number picking one of the last suggested questions, and
 * finally a question to the knowledge base. A question asked in the middle of a round is answered
 * and the round stays open.
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
  public static final List<String> MENU_KEYS = Intents.MENU_KEYS;

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

  private final KnowledgeBase knowledge;
  private final Intents intents;
  private final Cache<String, Session> sessions;

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
    this(knowledge, scores, settings, questions, Referral.fixed());
  }

  /**
   * A bot that reports its questions to {@code questions} and refers union matters outside the
   * notices with {@code referral}'s line (an admin's setting).
   */
  public Bot(
      KnowledgeBase knowledge,
      ScoreStore scores,
      Settings settings,
      QuestionLog questions,
      Referral referral) {
    this(knowledge, scores, settings, questions, referral, Optional.empty());
  }

  /** A bot that also runs contests and units from {@code contests} (issue 16). */
  public Bot(
      KnowledgeBase knowledge,
      ScoreStore scores,
      Settings settings,
      QuestionLog questions,
      Referral referral,
      Optional<ContestStore> contests) {
    this.knowledge = Objects.requireNonNull(knowledge, "knowledge");
    Objects.requireNonNull(scores, "scores");
    Objects.requireNonNull(questions, "questions");
    Objects.requireNonNull(settings, "settings");
    Objects.requireNonNull(referral, "referral");
    this.intents = new Intents(knowledge, scores, questions, settings, referral, contests);
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
      return intents.reply(message, session);
    }
  }

  /**
   * Shows enough of a user's id to recognise oneself, not enough to identify anyone: ab***yz for
   * {@code wechat:ab…yz}, without the channel.
   */
  static String mask(String key) {
    return Intents.masked(key);
  }

  /**
   * Whether a message with no round running here could be an answer to a quiz item: a letter A–D or
   * a short word, not a question. The first such message of a session asks the store whether a
   * round that another node ran was left open (that node died): the user is told once, instead of
   * having "B" answered as a question.
   */
  static boolean looksLikeAnswer(String text) {
    return Intents.looksLikeAnswer(text);
  }
}
