package org.unionbot.core.intent;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.unionbot.core.Bot;
import org.unionbot.core.Message;
import org.unionbot.core.QuestionLog;
import org.unionbot.core.Reply;
import org.unionbot.core.contest.ContestStore;
import org.unionbot.core.score.ScoreStore;
import org.unionbot.knowledge.KnowledgeBase;

/**
 * The dialogue as one ordered table of intents: each message goes down the rows, and the first row
 * that handles it replies. A new kind of message is a new {@link Intent} and a new row here; a new
 * command is a {@link Command} with its words and a new action in {@link #commands}.
 *
 * <p>Thread-safe: the table is built once; the caller locks the session while a message is handled.
 */
public final class Intents {

  /** The menu keys, in the menu's order; they always work. */
  public static final List<String> MENU_KEYS = Command.MENU_KEYS;

  private final List<Intent> table;

  /**
   * The intents of a bot answering from {@code knowledge}, scoring in {@code scores} and reporting
   * every question it answers to {@code questions}.
   */
  public Intents(
      KnowledgeBase knowledge, ScoreStore scores, QuestionLog questions, Bot.Settings settings) {
    this(knowledge, scores, questions, settings, Referral.fixed());
  }

  /** These intents, referring union matters outside the notices with {@code referral}'s line. */
  public Intents(
      KnowledgeBase knowledge,
      ScoreStore scores,
      QuestionLog questions,
      Bot.Settings settings,
      Referral referral) {
    this(knowledge, scores, questions, settings, referral, Optional.empty());
  }

  /** These intents, with contests and units from {@code contests} when given (issue 16). */
  public Intents(
      KnowledgeBase knowledge,
      ScoreStore scores,
      QuestionLog questions,
      Bot.Settings settings,
      Referral referral,
      Optional<ContestStore> contests) {
    ContestPlay play = new ContestPlay(contests, settings.rankedChannels(), settings.zone());
    Quiz quiz =
        new Quiz(
            knowledge,
            scores,
            settings.roundSize(),
            settings.clock(),
            settings.zone(),
            settings.rankedChannels(),
            play);
    Examples examples = new Examples(knowledge);
    Questions asked = new Questions(knowledge, questions, referral);
    FollowUps followUps = new FollowUps(knowledge, examples);
    Commands commands = commands(knowledge, scores, settings, quiz, examples, followUps, play);
    this.table =
        List.of(
            new ExpiredRound(scores, settings.clock(), settings.sessionIdle()),
            new Welcome(examples),
            new MenuKey(commands),
            new OtherEvent(),
            new EmptyMessage(examples),
            new CommandWord(commands),
            new ContestWords(play),
            new SmallTalk(examples),
            new Summary(knowledge),
            new RoundAnswer(quiz),
            new InterruptedRound(scores, settings.clock(), settings.sessionIdle()),
            new Ordinal(followUps),
            new NumberedPick(asked),
            new Question(asked));
  }

  private static Commands commands(
      KnowledgeBase knowledge,
      ScoreStore scores,
      Bot.Settings settings,
      Quiz quiz,
      Examples examples,
      FollowUps followUps,
      ContestPlay play) {
    Function<Turn, Reply> help = t -> examples.reply(Reply.Kind.HELP, Texts.HELP);
    Standing standing = new Standing(scores, settings.rankedChannels());
    Leaderboard leaderboard = new Leaderboard(scores, settings.rankedChannels());
    Map<Command, Function<Turn, Reply>> actions = new EnumMap<>(Command.class);
    actions.put(Command.QUIZ, t -> play.start(t, quiz));
    actions.put(Command.MISTAKES, t -> quiz.review(t.user(), t.session()));
    actions.put(Command.SKIP, t -> t.inRound() ? quiz.skip(t.user(), t.session()) : help.apply(t));
    actions.put(Command.QUIT, t -> t.inRound() ? quiz.quit(t.user(), t.session()) : help.apply(t));
    actions.put(Command.SCORE, standing::reply);
    actions.put(
        Command.LEADERBOARD, t -> play.leaderboard(t).orElseGet(() -> leaderboard.reply(t)));
    actions.put(Command.HELP, help);
    actions.put(Command.OUTLINE, t -> Reply.of(Reply.Kind.ANSWER, knowledge.outline()));
    actions.put(Command.SOURCE, followUps::source);
    actions.put(Command.DETAIL, followUps::detail);
    actions.put(Command.MORE, followUps::more);
    actions.put(
        Command.PRACTICE,
        t ->
            quiz.practice(
                t.user(),
                t.session(),
                t.session().lastAnswer().flatMap(a -> a.sources().stream().findFirst())));
    return new Commands(actions);
  }

  /**
   * The reply to {@code message} from {@code session}'s user; call with the session locked. A voice
   * message's text that the bot could make little of ({@link Session#unsure}) gets a reply that
   * first says what it heard, so the worker can tell a misheard question from a missing answer.
   */
  public Reply reply(Message message, Session session) {
    session.unsure(false);
    Reply reply = route(turn(message, session)).reply();
    if (message instanceof Message.Text t && t.heard() && session.unsure()) {
      return new Reply(
          reply.kind(),
          String.format(Texts.HEARD, t.text().strip()) + reply.text(),
          reply.sources(),
          reply.suggestions(),
          reply.quiz(),
          reply.grade());
    }
    return reply;
  }

  /** Which row handled a turn, and its reply. */
  record Routed(Intent intent, Reply reply) {}

  Routed route(Turn turn) {
    for (Intent intent : table) {
      Optional<Reply> reply = intent.handle(turn);
      if (reply.isPresent()) {
        return new Routed(intent, reply.get());
      }
    }
    throw new IllegalStateException("no intent handled " + turn.message());
  }

  static Turn turn(Message message, Session session) {
    if (message instanceof Message.Text t) {
      String text = t.text().strip();
      String normalized = text.isEmpty() ? "" : KnowledgeBase.normalize(text);
      return new Turn(message, text, normalized, session);
    }
    return new Turn(message, "", "", session);
  }

  /**
   * Whether a message, with no round running, could be an answer to a quiz item (a letter A–D or a
   * short word, not a question): the first such message of a session asks the store whether a round
   * another node ran was left open (that node died).
   */
  public static boolean looksLikeAnswer(String text) {
    return InterruptedRound.looksLikeAnswer(text, KnowledgeBase.normalize(text));
  }

  /**
   * A user's key as the leaderboard shows it: ab***yz for {@code wechat:ab…yz}, enough to recognise
   * oneself, not enough to identify anyone.
   */
  public static String masked(String key) {
    return Leaderboard.mask(key);
  }
}
