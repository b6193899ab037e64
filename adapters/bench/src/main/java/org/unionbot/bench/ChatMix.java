package org.unionbot.bench;

import static java.nio.charset.StandardCharsets.UTF_8;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import io.netty.handler.codec.http.FullHttpRequest;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.SplittableRandom;

/**
 * The mixed {@code POST /api/chat} traffic of issue 11's benchmark: questions, quiz rounds and the
 * menu, from a pool of users, as a load's {@link LoadRun.Traffic}.
 *
 * <p>Each connection has a stream of its own, drawn from a random generator seeded with the seed
 * and the connection's number, and a share of the users of its own: user {@code u} belongs to
 * connection {@code u % connections}. So no two requests of one user are ever in flight at once,
 * each user's conversation reaches the server in order, and every target gets exactly the same
 * conversations, however fast it answers. A stream goes on from run to run (warm-up windows and
 * measured runs alike), so users keep their quiz rounds and points as real ones would.
 *
 * <p>Each message picks one of its connection's users at random, then what to send:
 *
 * <ul>
 *   <li>{@value #QUESTION_PERCENT}% questions: {@value #NEW_PERCENT}% of them a development
 *       question with a random number appended, which no cache has answered before; {@value
 *       #OFF_TOPIC_PERCENT}% off-topic ({@link #OFF_TOPIC}, which the notice cannot answer); the
 *       rest a development question as it is;
 *   <li>{@value #QUIZ_PERCENT}% quiz: {@code 答题} or {@code 测验} when the user has no round open (as
 *       far as the stream knows: 5 answers or skips, or {@code 退出}, end one); in a round, an option
 *       letter {@code A}–{@code D} (65%), a fill-in answer taken from the development set's gold
 *       answers (15%), {@code 跳过} (12%) or {@code 退出} (8%);
 *   <li>the rest: {@code 积分}, {@code 排行榜}, a menu click ({@code QUIZ}, which opens a round, {@code
 *       HELP}, {@code OUTLINE}, {@code SCORE}) or a {@code subscribe} event, alike.
 * </ul>
 *
 * <p>Every reply must be 200 with a JSON object whose {@code kind} is one of the chat API's and
 * whose {@code text} is not empty ({@link #problem}); a 429 is no error here, the run counts it
 * apart. Not thread-safe: one event loop uses it.
 */
final class ChatMix implements LoadRun.Traffic {
  static final int QUESTION_PERCENT = 70;
  static final int QUIZ_PERCENT = 20;
  static final int NEW_PERCENT = 10;
  static final int OFF_TOPIC_PERCENT = 10;

  /** The length of a quiz round (bot-core's, as docs/how-it-answers.md says). */
  static final int ROUND = 5;

  /** Questions about anything but the notice. */
  static final List<String> OFF_TOPIC =
      List.of(
          "今天天气怎么样",
          "食堂几点开饭",
          "帮我订一张去北京的火车票",
          "明天股票会涨吗",
          "推荐一部好看的电影",
          "怎么办理社保卡",
          "你叫什么名字",
          "附近有什么好吃的");

  /** The kinds of reply the chat API documents; {@code none} is not one a message here gets. */
  static final List<String> KINDS =
      List.of(
          "answer",
          "fallback",
          "quiz",
          "grade",
          "score",
          "leaderboard",
          "help",
          "welcome",
          "points",
          "smalltalk",
          "contest",
          "unit");

  /** What a message is. */
  enum Kind {
    QUESTION(Category.QUESTION),
    NEW_QUESTION(Category.QUESTION),
    OFF_TOPIC(Category.QUESTION),
    QUIZ_START(Category.QUIZ),
    QUIZ_CHOICE(Category.QUIZ),
    QUIZ_BLANK(Category.QUIZ),
    QUIZ_SKIP(Category.QUIZ),
    QUIZ_QUIT(Category.QUIZ),
    SCORE(Category.OTHER),
    LEADERBOARD(Category.OTHER),
    CLICK(Category.OTHER),
    SUBSCRIBE(Category.OTHER);

    final Category category;

    Kind(Category category) {
      this.category = category;
    }
  }

  /** The three shares of the mix. */
  enum Category {
    QUESTION,
    QUIZ,
    OTHER
  }

  /**
   * One message of the mix.
   *
   * @param user the user id, as in the body
   * @param json the request body
   */
  record Message(String user, Kind kind, String json) {}

  /**
   * The development set's questions, and its gold answers (the first alternative of each) for the
   * fill-in quiz answers.
   */
  record Corpus(List<String> questions, List<String> answers) {
    Corpus {
      questions = List.copyOf(questions);
      answers = List.copyOf(answers);
      if (questions.isEmpty() || answers.isEmpty()) {
        throw new IllegalArgumentException("no questions or no answers");
      }
    }

    /**
     * A dev-set TSV: question, tab, gold ({@code |} between alternatives, {@code &} between parts
     * that must all appear, {@code <FALLBACK>} for none); {@code #} lines are comments.
     */
    static Corpus read(Path tsv) throws IOException {
      List<String> questions = new ArrayList<>();
      List<String> answers = new ArrayList<>();
      for (String line : Files.readAllLines(tsv, UTF_8)) {
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        String[] fields = line.split("\t");
        String question = fields[0].strip();
        if (!question.isEmpty()) {
          questions.add(question);
        }
        if (fields.length > 1) {
          String answer = fields[1].split("\\|")[0].split("&")[0].strip();
          if (!answer.isEmpty() && !answer.equals("<FALLBACK>")) {
            answers.add(answer);
          }
        }
      }
      return new Corpus(questions, answers);
    }
  }

  /**
   * Jackson's streaming parser: the load generator checks every reply, so it reads them cheaply.
   */
  private static final JsonFactory JSON = new JsonFactory();

  private final Corpus corpus;
  private final Stream[] streams;

  /**
   * @param seed the same seed gives the same messages on every connection
   * @param connections the connections of the load: each has its stream and its users
   * @param users how many distinct users, at least one per connection
   */
  ChatMix(long seed, int connections, int users, Corpus corpus) {
    if (connections < 1 || users < connections) {
      throw new IllegalArgumentException(
          "need at least one user per connection: " + users + " users, " + connections);
    }
    this.corpus = Objects.requireNonNull(corpus, "corpus");
    this.streams = new Stream[connections];
    for (int c = 0; c < connections; c++) {
      streams[c] = new Stream(new SplittableRandom(seed * 1_000_003L + c), c, connections, users);
    }
  }

  @Override
  public LoadRun.Exchange next(int connection) {
    return new Exchange(message(connection));
  }

  /** The next message of connection number {@code connection}. */
  Message message(int connection) {
    if (connection < 0 || connection >= streams.length) {
      throw new IllegalArgumentException(
          "connection " + connection + " of " + streams.length + " connections");
    }
    return streams[connection].next();
  }

  /** The user id of user number {@code n}. */
  static String user(int n) {
    return String.format("bench-%05d", n);
  }

  /** One connection's messages: its random generator, and the quiz state of its users. */
  private final class Stream {
    private final SplittableRandom random;
    private final int[] users;

    /** Per user of {@link #users}: answers left in the round open, 0 for none. */
    private final int[] roundLeft;

    Stream(SplittableRandom random, int connection, int connections, int userCount) {
      this.random = random;
      this.users = new int[(userCount - connection + connections - 1) / connections];
      for (int i = 0; i < users.length; i++) {
        users[i] = connection + i * connections;
      }
      this.roundLeft = new int[users.length];
    }

    Message next() {
      int i = random.nextInt(users.length);
      String user = user(users[i]);
      int share = random.nextInt(100);
      if (share < QUESTION_PERCENT) {
        return question(user);
      }
      if (share < QUESTION_PERCENT + QUIZ_PERCENT) {
        return quiz(i, user);
      }
      return other(i, user);
    }

    private Message question(String user) {
      int which = random.nextInt(100);
      if (which < OFF_TOPIC_PERCENT) {
        return text(user, Kind.OFF_TOPIC, pick(OFF_TOPIC));
      }
      String question = pick(corpus.questions());
      if (which < OFF_TOPIC_PERCENT + NEW_PERCENT) {
        return text(user, Kind.NEW_QUESTION, question + " " + (100_000 + random.nextInt(900_000)));
      }
      return text(user, Kind.QUESTION, question);
    }

    private Message quiz(int i, String user) {
      if (roundLeft[i] == 0) {
        roundLeft[i] = ROUND;
        return text(user, Kind.QUIZ_START, random.nextInt(5) == 0 ? "测验" : "答题");
      }
      int what = random.nextInt(100);
      if (what < 8) {
        roundLeft[i] = 0;
        return text(user, Kind.QUIZ_QUIT, "退出");
      }
      roundLeft[i]--;
      if (what < 20) {
        return text(user, Kind.QUIZ_SKIP, "跳过");
      }
      if (what < 35) {
        return text(user, Kind.QUIZ_BLANK, pick(corpus.answers()));
      }
      return text(user, Kind.QUIZ_CHOICE, String.valueOf((char) ('A' + random.nextInt(4))));
    }

    private Message other(int i, String user) {
      switch (random.nextInt(7)) {
        case 0:
          return text(user, Kind.SCORE, "积分");
        case 1:
          return text(user, Kind.LEADERBOARD, "排行榜");
        case 2:
          roundLeft[i] = ROUND;
          return click(user, "QUIZ");
        case 3:
          return click(user, "HELP");
        case 4:
          return click(user, "OUTLINE");
        case 5:
          return click(user, "SCORE");
        default:
          return new Message(
              user, Kind.SUBSCRIBE, "{\"user\":" + quote(user) + ",\"event\":\"subscribe\"}");
      }
    }

    private String pick(List<String> from) {
      return from.get(random.nextInt(from.size()));
    }
  }

  private static Message text(String user, Kind kind, String text) {
    return new Message(user, kind, "{\"user\":" + quote(user) + ",\"text\":" + quote(text) + "}");
  }

  private static Message click(String user, String key) {
    return new Message(
        user,
        Kind.CLICK,
        "{\"user\":" + quote(user) + ",\"event\":\"click\",\"key\":" + quote(key) + "}");
  }

  /** {@code s} as a JSON string. */
  static String quote(String s) {
    StringBuilder out = new StringBuilder(s.length() + 2).append('"');
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '"' || c == '\\') {
        out.append('\\').append(c);
      } else if (c < 0x20) {
        out.append(String.format("\\u%04x", (int) c));
      } else {
        out.append(c);
      }
    }
    return out.append('"').toString();
  }

  /**
   * What is wrong with a reply to a chat message, or empty when it is good: status 200 and one JSON
   * object with a {@code kind} of {@link #KINDS} and a non-empty {@code text}. A 429 is not a
   * problem here: {@link LoadRun} counts it apart, and the load decides whether it may happen.
   */
  static Optional<String> problem(int status, String body) {
    if (status == 429) {
      return Optional.empty();
    }
    if (status != 200) {
      return Optional.of("status " + status);
    }
    String kind = null;
    String text = null;
    try (JsonParser json = JSON.createParser(body)) {
      if (json.nextToken() != JsonToken.START_OBJECT) {
        return Optional.of("not a JSON object");
      }
      while (json.nextToken() == JsonToken.FIELD_NAME) {
        String name = json.currentName();
        JsonToken value = json.nextToken();
        if (name.equals("kind") && value == JsonToken.VALUE_STRING) {
          kind = json.getText();
        } else if (name.equals("text") && value == JsonToken.VALUE_STRING) {
          text = json.getText();
        } else {
          json.skipChildren();
        }
      }
      if (json.nextToken() != null) {
        return Optional.of("more after the JSON object");
      }
    } catch (IOException e) {
      return Optional.of("not valid JSON");
    }
    if (kind == null) {
      return Optional.of("no kind");
    }
    if (!KINDS.contains(kind)) {
      return Optional.of("kind " + kind);
    }
    if (text == null || text.isBlank()) {
      return Optional.of("empty text");
    }
    return Optional.empty();
  }

  /** One chat message sent, and the check of its reply. */
  private record Exchange(Message message) implements LoadRun.Exchange {
    @Override
    public FullHttpRequest request(String host) {
      return LoadRun.post(host, "/api/chat", "application/json", message.json().getBytes(UTF_8));
    }

    @Override
    public Optional<String> problem(int status, String body) {
      return ChatMix.problem(status, body);
    }
  }
}
