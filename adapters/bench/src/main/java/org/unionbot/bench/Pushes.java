package org.unionbot.bench;

import static java.nio.charset.StandardCharsets.UTF_8;

import io.netty.handler.codec.http.FullHttpRequest;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.LongSupplier;

/**
 * The stream of pushes of a load run: each from a new user with a new MsgId, so that nothing is
 * answered from the server's reply cache, cycling through the questions. Not thread-safe.
 */
final class Pushes {
  private final String token;
  private final List<String> questions;
  private final long first;
  private final LongSupplier epochSeconds;
  private long next;

  /**
   * @param first the first user number and MsgId; a new one per process keeps runs apart
   * @param epochSeconds the clock for {@code timestamp} and {@code CreateTime}
   */
  Pushes(String token, List<String> questions, long first, LongSupplier epochSeconds) {
    this.token = Objects.requireNonNull(token, "token");
    this.questions = List.copyOf(questions);
    if (this.questions.isEmpty()) {
      throw new IllegalArgumentException("no questions");
    }
    this.first = first;
    this.epochSeconds = Objects.requireNonNull(epochSeconds, "epochSeconds");
  }

  /** Numbers from the wall clock in microseconds: no two processes in a day share them. */
  static Pushes fresh(String token, List<String> questions) {
    return new Pushes(
        token,
        questions,
        System.currentTimeMillis() * 1000,
        () -> System.currentTimeMillis() / 1000);
  }

  WeChatPush next() {
    long n = first + next;
    String question = questions.get((int) (next % questions.size()));
    next++;
    String nonce = Integer.toString(ThreadLocalRandom.current().nextInt(1_000_000_000));
    return WeChatPush.text(token, openId(n), n, question, epochSeconds.getAsLong(), nonce);
  }

  /**
   * These pushes as a load's traffic, every connection taking the next one; each reply is checked
   * with {@link ReplyCheck}.
   *
   * @param echo whether each reply must be addressed to the push's sender
   */
  LoadRun.Traffic traffic(boolean echo) {
    return connection -> new Exchange(next(), echo);
  }

  /** One push sent, and the check of its reply. */
  private record Exchange(WeChatPush push, boolean echo) implements LoadRun.Exchange {
    @Override
    public FullHttpRequest request(String host) {
      return LoadRun.post(host, push.pathAndQuery(), "text/xml", push.body());
    }

    @Override
    public Optional<String> problem(int status, String body) {
      return ReplyCheck.problem(status, body, echo ? Optional.of(push.openId()) : Optional.empty());
    }
  }

  /** A 28-character openid, like WeChat's: {@code oBench} and 22 digits. */
  static String openId(long n) {
    String digits = Long.toString(n);
    if (n < 0 || digits.length() > 22) {
      throw new IllegalArgumentException("user number out of range: " + n);
    }
    return "oBench" + "0".repeat(22 - digits.length()) + digits;
  }

  /** The questions of a dev-set TSV: the first column of each line that is not a comment. */
  static List<String> questions(Path tsv) throws IOException {
    return Files.readAllLines(tsv, UTF_8).stream()
        .filter(line -> !line.isBlank() && !line.startsWith("#"))
        .map(line -> line.split("\t", 2)[0].strip())
        .filter(question -> !question.isEmpty())
        .toList();
  }
}
