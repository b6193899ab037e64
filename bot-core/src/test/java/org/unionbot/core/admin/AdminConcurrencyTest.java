package org.unionbot.core.admin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.unionbot.core.admin.Notices.LIBRARY_QUESTION;
import static org.unionbot.core.admin.Notices.LIBRARY_TEXT;
import static org.unionbot.core.admin.Notices.SHANGHAI;
import static org.unionbot.core.admin.Notices.SPORTS;

import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLongArray;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.unionbot.knowledge.Answer;
import org.unionbot.knowledge.KnowledgeBase;

/**
 * Workers ask while admins change the knowledge base: no errors, versions only go up, and every
 * answer comes from one whole version. The library notice alternates between two revisions whose
 * title and answer differ (A: 劳动路8号, B: 和平街12号), and is removed and added again: an answer that
 * mixed two versions would pair one revision's text with the other's title.
 */
class AdminConcurrencyTest {

  static final int READERS = 8;
  static final int CHANGES = 24;
  static final String TITLE_A = "职工书屋开放";
  static final String TITLE_B = "职工书屋搬家";
  static final String TEXT_B = LIBRARY_TEXT.replace("劳动路8号", "和平街12号");

  @TempDir Path dir;

  @Test
  void everyAnswerComesFromOneWholeVersion() throws Exception {
    try (Admin admin = Admin.open(dir, SPORTS, Clock.systemUTC(), SHANGHAI)) {
      KnowledgeBase kb = admin.knowledge();
      AtomicBoolean done = new AtomicBoolean();
      AtomicLongArray seen = new AtomicLongArray(READERS); // the version each reader last saw
      Set<String> libraryIds = ConcurrentHashMap.newKeySet();
      Set<String> outcomes = ConcurrentHashMap.newKeySet();
      ExecutorService pool = Executors.newFixedThreadPool(READERS);
      List<Future<Integer>> readers = new ArrayList<>();
      for (int r = 0; r < READERS; r++) {
        int reader = r;
        readers.add(
            pool.submit(
                () -> {
                  int asked = 0;
                  long last = 0;
                  while (!done.get()) {
                    long before = kb.version();
                    Answer a = kb.answer(LIBRARY_QUESTION);
                    Answer sports = kb.answer("职工运动会什么时候举办");
                    long after = kb.version();
                    assertThat(before).as("versions only go up").isGreaterThanOrEqualTo(last);
                    assertThat(after).isGreaterThanOrEqualTo(before);
                    last = after;
                    outcomes.add(check(a, libraryIds));
                    assertThat(sports.answered()).isTrue();
                    assertThat(sports.sources().get(0).doc()).isEqualTo("sports");
                    seen.set(reader, before);
                    asked++;
                  }
                  return asked;
                }));
      }

      try {
        String id = null;
        for (int i = 0; i < CHANGES; i++) {
          Change c;
          switch (i % 4) {
            case 0 -> {
              // known before the call: readers may see the new version before it returns
              libraryIds.add("doc-" + (i / 4 + 1));
              c = admin.addDocument(AdminTest.ALICE, TITLE_A, LIBRARY_TEXT);
              id = c.id();
              assertThat(libraryIds).contains(id);
            }
            case 1 -> c = admin.replaceDocument(AdminTest.ALICE, id, TITLE_B, TEXT_B);
            case 2 -> c = admin.replaceDocument(AdminTest.ALICE, id, TITLE_A, LIBRARY_TEXT);
            default -> c = admin.removeDocument(AdminTest.ALICE, id);
          }
          // let every reader ask this version at least once before the next change
          for (int r = 0; r < READERS; r++) {
            while (seen.get(r) < c.version() && !readersFailed(readers)) {
              Thread.onSpinWait();
            }
          }
        }
      } finally {
        done.set(true);
      }
      for (Future<Integer> f : readers) {
        assertThat(f.get()).isPositive(); // rethrows a reader's failure
      }
      pool.shutdown();
      assertThat(admin.version()).isEqualTo(1 + CHANGES);
      assertThat(outcomes).containsExactlyInAnyOrder("A", "B", "fallback");
    }
  }

  private static boolean readersFailed(List<Future<Integer>> readers) {
    return readers.stream().anyMatch(Future::isDone);
  }

  /** Which revision answered, or "fallback"; fails on an answer mixing two versions. */
  private static String check(Answer a, Set<String> libraryIds) {
    if (!a.answered()) {
      assertThat(a.sources()).isEmpty();
      return "fallback";
    }
    assertThat(a.sources()).isNotEmpty();
    assertThat(libraryIds).contains(a.sources().get(0).doc());
    String title = a.sources().get(0).title();
    if (a.text().contains("劳动路8号")) {
      assertThat(title).as(a.text()).isEqualTo(TITLE_A);
      assertThat(a.text()).doesNotContain("和平街");
      return "A";
    }
    assertThat(a.text()).as(title).contains("和平街12号");
    assertThat(title).isEqualTo(TITLE_B);
    return "B";
  }
}
