package org.unionbot.server;

import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import org.unionbot.core.Bot;
import org.unionbot.core.Message;
import org.unionbot.core.Reply;
import org.unionbot.knowledge.KnowledgeBase;

/**
 * The real bot over the bundled notice, built once per test JVM, and a wrapper that counts its
 * calls and can hold them at a gate (to make a reply slow without stubbing the bot).
 */
final class TestBot implements Function<Message, Reply> {
  static final Bot BOT = new Bot(KnowledgeBase.bundled(), TestData.scores());

  /**
   * The reply a worker gets to {@code question} as their first message: the bot's reply to a new
   * user (a later answer may differ, e.g. by the "考考我" invitation, shown once in three answers).
   */
  static String firstAnswer(String question) {
    return BOT.handle(new Message.Text("u-" + UUID.randomUUID(), question)).text();
  }

  private final AtomicInteger calls = new AtomicInteger();
  private final CountDownLatch entered = new CountDownLatch(1);
  private final CountDownLatch gate;

  private TestBot(CountDownLatch gate) {
    this.gate = gate;
  }

  /** Counts calls and answers at once. */
  static TestBot counting() {
    return new TestBot(new CountDownLatch(0));
  }

  /** Counts calls and holds each one until {@link #release()}. */
  static TestBot gated() {
    return new TestBot(new CountDownLatch(1));
  }

  @Override
  public Reply apply(Message message) {
    calls.incrementAndGet();
    entered.countDown();
    try {
      if (!gate.await(30, TimeUnit.SECONDS)) {
        throw new IllegalStateException("test gate never opened");
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
    return BOT.handle(message);
  }

  int calls() {
    return calls.get();
  }

  /** Waits until the bot has been called once. */
  void awaitEntered() throws InterruptedException {
    if (!entered.await(10, TimeUnit.SECONDS)) {
      throw new AssertionError("the bot was never called");
    }
  }

  void release() {
    gate.countDown();
  }
}
