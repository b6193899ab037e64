package org.unionbot.core.admin;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import org.unionbot.core.store.StoreException;
import org.unionbot.knowledge.Content;
import org.unionbot.knowledge.KnowledgeBase;
import org.unionbot.knowledge.NoticeText;

/**
 * The knowledge base of the seed alone at version 1, built in the background from the start of
 * {@link Store#open}: on a new database (and on one still at its seed version) it is the one to
 * serve, and building it beside the database's opening and migration saves that time at start.
 */
final class SeedBuild {
  private final KbState first;
  private final RuntimeException unusable;
  private final CompletableFuture<KnowledgeBase> kb;

  private SeedBuild(KbState first, RuntimeException unusable, CompletableFuture<KnowledgeBase> kb) {
    this.first = first;
    this.unusable = unusable;
    this.kb = kb;
  }

  static SeedBuild start(NoticeText seed, Clock clock) {
    KbState first;
    try {
      first = seedState(seed, clock.instant());
    } catch (RuntimeException e) {
      return new SeedBuild(null, e, CompletableFuture.failedFuture(e));
    }
    Content content = first.content();
    return new SeedBuild(
        first, null, CompletableFuture.supplyAsync(() -> KnowledgeBase.of(content, 1)));
  }

  /** The seed as version 1 stores it; throws why the seed cannot be a notice. */
  KbState first() {
    if (unusable != null) {
      throw unusable;
    }
    return first;
  }

  /** Whether {@code state} is the seed's version 1, so that {@link #join} serves it. */
  boolean serves(KbState state) {
    return first != null && state.version() == 1 && state.content().equals(first.content());
  }

  /** The built seed, or the reason it does not build, as {@link Store#build} reports it. */
  KnowledgeBase join() {
    try {
      return kb.join();
    } catch (CompletionException e) {
      if (e.getCause() instanceof IllegalArgumentException bad) {
        throw new StoreException(
            "the knowledge base of version 1 does not build: " + bad.getMessage(), bad);
      }
      throw e.getCause() instanceof RuntimeException r ? r : e;
    }
  }

  private static KbState seedState(NoticeText seed, Instant at) {
    String text = Checks.text(seed.text());
    String id = slug(seed.id());
    // the knowledge module works out the title; the store never parses notices
    String title = new NoticeText(id, seed.title(), text).resolvedTitle().strip();
    if (title.isEmpty()) {
      title = id;
    }
    if (title.length() > Checks.MAX_TITLE) {
      title = title.substring(0, Checks.MAX_TITLE);
    }
    return new KbState(
        0,
        List.of(new KbState.Doc(id, 0, title, text, at)),
        List.of(),
        List.of(),
        List.of(),
        Set.of());
  }

  /** A document id made of {@code [a-z0-9-]}: the seed's id, lower-cased, other runs to "-". */
  static String slug(String id) {
    String s = id.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9-]+", "-").replaceAll("^-+|-+$", "");
    if (s.length() > 64) {
      s = s.substring(0, 64);
    }
    return s.isEmpty() ? KnowledgeBase.BUNDLED_ID : s;
  }
}
