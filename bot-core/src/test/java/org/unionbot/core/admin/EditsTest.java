package org.unionbot.core.admin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.unionbot.knowledge.Faq;
import org.unionbot.knowledge.Synonym;
import org.unionbot.knowledge.quiz.QuizItem;

/** The edits alone: pure functions of a state, with no database and no knowledge base. */
class EditsTest {

  private static final Instant NOW = Instant.parse("2026-03-02T04:00:00Z");

  private static final KbState STATE =
      new KbState(
          3,
          List.of(new KbState.Doc("notice", 7, "通知", "职工书屋周一开放。", NOW.minusSeconds(60))),
          List.of(new Faq("faq-1", "食堂几点开饭", "十一点半。")),
          List.of(new Synonym("饭堂", "食堂")),
          List.of(),
          Set.of());

  /** Hands out the numbers {@code ids} gives, and knows no other version or generated item. */
  private static Edit.Context context(Map<IdSequence, Long> ids) {
    return new Edit.Context() {
      @Override
      public Instant now() {
        return NOW;
      }

      @Override
      public long peekId(IdSequence sequence) {
        return ids.getOrDefault(sequence, 1L);
      }

      @Override
      public Optional<QuizItem> generated(String id) {
        return Optional.empty();
      }

      @Override
      public Optional<KbState> version(long version) {
        return version == 1 ? Optional.of(STATE) : Optional.empty();
      }
    };
  }

  @Test
  void addingADocumentProposesTheNextStateAndLeavesTheCurrentOneAlone() {
    Edit.Proposal p =
        DocumentEdits.add("福利", "春节慰问品。").apply(STATE, context(Map.of(IdSequence.DOCUMENT, 4L)));

    assertThat(p.action()).isEqualTo("add-document");
    assertThat(p.target()).isEqualTo("doc-4");
    KbState next = p.next().orElseThrow();
    assertThat(next.documents()).extracting(KbState.Doc::id).containsExactly("notice", "doc-4");
    assertThat(next.documents().get(1).updatedAt()).isEqualTo(NOW);
    assertThat(STATE.documents()).hasSize(1);
  }

  @Test
  void replacingADocumentWithItsOwnTextProposesNothing() {
    Edit.Proposal p =
        DocumentEdits.replace("notice", "通知", "职工书屋周一开放。").apply(STATE, context(Map.of()));

    assertThat(p.next()).isEmpty();
    assertThat(p.target()).isEqualTo("notice");
  }

  @Test
  void editsValidateBeforeTheyPropose() {
    assertThatThrownBy(() -> DocumentEdits.remove("notice").apply(STATE, context(Map.of())))
        .isInstanceOf(AdminException.class)
        .hasMessageContaining("at least one document");
    assertThatThrownBy(
            () -> FaqEdits.add("食堂几点开饭", "十二点。", List.of()).apply(STATE, context(Map.of())))
        .isInstanceOf(AdminException.class)
        .hasMessage("FAQ pair faq-1 already has this question");
    assertThatThrownBy(() -> SynonymEdits.put("食堂", "食堂").apply(STATE, context(Map.of())))
        .isInstanceOf(AdminException.class);
    assertThatThrownBy(() -> QuizEdits.disable("q-9").apply(STATE, context(Map.of())))
        .isInstanceOf(AdminException.class)
        .hasMessage("no quiz item q-9");
    assertThatThrownBy(() -> Rollback.to(2).apply(STATE, context(Map.of())))
        .isInstanceOf(AdminException.class)
        .hasMessage("no version 2");
  }

  @Test
  void puttingASynonymReplacesTheTermsEarlierOne() {
    KbState next =
        SynonymEdits.put("饭堂", "餐厅").apply(STATE, context(Map.of())).next().orElseThrow();

    assertThat(next.synonyms()).containsExactly(new Synonym("饭堂", "餐厅"));
  }

  @Test
  void aRollbackProposesTheOldVersionsContent() {
    Edit.Proposal p = Rollback.to(1).apply(STATE, context(Map.of()));

    assertThat(p.action()).isEqualTo("rollback");
    assertThat(p.target()).isEqualTo("1");
    assertThat(p.next().orElseThrow().sameContent(STATE)).isTrue();
  }
}
