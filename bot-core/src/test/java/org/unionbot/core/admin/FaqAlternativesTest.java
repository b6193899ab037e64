package org.unionbot.core.admin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.unionbot.core.admin.Notices.SHANGHAI;
import static org.unionbot.core.admin.Notices.SPORTS;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.unionbot.core.score.MutableClock;
import org.unionbot.core.store.StoreConfig;
import org.unionbot.knowledge.Answer;
import org.unionbot.knowledge.Faq;

/**
 * FAQ alternatives and the unanswered list's attach and ignore (issue 15), on the SQLite store:
 * versioned with the pair, kept across a restart, and audited.
 */
class FaqAlternativesTest {

  static final Actor ALICE = new Actor("alice", "10.0.0.7");

  @TempDir Path dir;

  final MutableClock clock = new MutableClock(Instant.parse("2026-03-02T02:00:00Z"));
  Admin admin;

  @BeforeEach
  void open() {
    admin = Admin.open(StoreConfig.sqlite(dir), SPORTS, clock, SHANGHAI);
  }

  @AfterEach
  void close() {
    admin.close();
  }

  private void record(String q) {
    admin
        .questionLog()
        .record(q, new Answer(Answer.Kind.FALLBACK, "抱歉", List.of(), List.of(), "", 0));
    clock.advance(Duration.ofSeconds(1));
  }

  private List<String> unanswered() {
    return admin.unanswered(100).stream().map(Unanswered::text).toList();
  }

  @Test
  void alternativesAreVersionedAnsweredAndSurviveARestart() {
    Change added = admin.addFaq(ALICE, "食堂几点开饭", "十一点半。", List.of("", "食堂什么时候开饭 ", "食堂几点开饭？"));
    assertThat(admin.faqs().get(0).alternatives()).containsExactly("食堂什么时候开饭");
    assertThat(admin.knowledge().answer("食堂什么时候开饭").text()).isEqualTo("十一点半。");

    admin.updateFaq(ALICE, added.id(), "食堂几点开饭", "十二点。");
    assertThat(admin.faqs().get(0).alternatives()).containsExactly("食堂什么时候开饭");
    admin.close();
    admin = Admin.open(StoreConfig.sqlite(dir), SPORTS, clock, SHANGHAI);
    assertThat(admin.faqs())
        .containsExactly(new Faq(added.id(), "食堂几点开饭", "十二点。", List.of("食堂什么时候开饭")));

    Change cleared = admin.updateFaq(ALICE, added.id(), "食堂几点开饭", "十二点。", List.of());
    assertThat(admin.faqs().get(0).alternatives()).isEmpty();
    admin.rollback(ALICE, cleared.version() - 1);
    assertThat(admin.faqs().get(0).alternatives()).containsExactly("食堂什么时候开饭");

    assertThatThrownBy(() -> admin.addFaq(ALICE, "停车场在哪", "东门。", List.of("食堂什么时候开饭")))
        .isInstanceOf(AdminException.class)
        .hasMessageContaining("已经属于问答「食堂几点开饭」");
  }

  @Test
  void anUnansweredQuestionAttachedToAPairIsAnsweredAndLeavesTheList() {
    Change faq = admin.addFaq(ALICE, "食堂几点开饭", "十一点半。");
    record("饭堂啥时候能吃上饭");
    record("停车场在哪");
    assertThat(unanswered()).contains("饭堂啥时候能吃上饭");

    Change attached = admin.attachUnanswered(ALICE, "饭堂啥时候能吃上饭", faq.id());

    assertThat(attached.id()).isEqualTo(faq.id());
    assertThat(admin.knowledge().answer("饭堂啥时候能吃上饭").text()).isEqualTo("十一点半。");
    assertThat(unanswered()).containsExactly("停车场在哪");
    assertThat(admin.audit(1).get(0).action()).isEqualTo("attach-unanswered");
    assertThatThrownBy(() -> admin.attachUnanswered(ALICE, "饭堂啥时候能吃上饭", faq.id()))
        .isInstanceOf(AdminException.class);
    assertThatThrownBy(() -> admin.attachUnanswered(ALICE, "x", "faq-99"))
        .isInstanceOf(AdminException.class);
  }

  @Test
  void anIgnoredQuestionIsNeverListedAgainAndNoiseGoesAllAtOnce() {
    for (String q : List.of("停车场在哪", "食堂几点开饭", "测试一下", "在么在么", "👍👍", "[强]", "好滴")) {
      record(q);
    }
    assertThat(admin.ignoreUnanswered(ALICE, "食堂几点开饭？")).isTrue();
    record("食堂几点开饭");
    assertThat(unanswered()).doesNotContain("食堂几点开饭");

    assertThat(admin.ignoreUnansweredKind(ALICE, "noise")).isEqualTo(5);
    record("测试测试");
    record("嗯嗯好的");
    assertThat(unanswered()).containsExactly("停车场在哪");
    assertThat(admin.audit(2).stream().map(AuditEntry::action))
        .containsExactly("ignore-unanswered-kind", "ignore-unanswered");

    admin.close();
    admin = Admin.open(StoreConfig.sqlite(dir), SPORTS, clock, SHANGHAI);
    record("你好在吗");
    assertThat(unanswered()).containsExactly("停车场在哪");
    assertThatThrownBy(() -> admin.ignoreUnansweredKind(ALICE, "greetings"))
        .isInstanceOf(AdminException.class);
  }

  @Test
  void noiseIsWhatHasNothingToAnswer() {
    for (String noise :
        List.of("👍", "？？？", "哈哈哈哈", "1111", "你好在吗", "好的谢谢", "测试一下", "[微笑]", "ok")) {
      assertThat(UnansweredIgnores.isNoise(noise)).as(noise).isTrue();
    }
    for (String question : List.of("会费", "食堂几点开饭", "你好，报名截止到哪天", "好的，那第二步呢", "在哪报名")) {
      assertThat(UnansweredIgnores.isNoise(question)).as(question).isFalse();
    }
  }
}
