package org.unionbot.knowledge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;
import org.unionbot.knowledge.index.Embedder;
import org.unionbot.knowledge.index.Semantic;

/**
 * A server does not wait for the embedding model: a version built while it loads answers with
 * lexical recall, and gets its vectors once the model is there, unless a newer version serves by
 * then.
 */
class VectorsAddedLaterTest {

  private static final Content BUNDLED = Content.of(List.of(KnowledgeBase.bundledNotice()));

  private final CompletableFuture<Optional<Embedder>> model = new CompletableFuture<>();
  private final Semantic loading = Semantic.from(model).withoutWaiting();

  @Test
  void aVersionBuiltWhileTheModelLoadsAnswersAndThenGetsItsVectors() {
    KnowledgeBase kb = KnowledgeBase.of(BUNDLED, 1, loading);

    assertThat(kb.semantic()).isEqualTo("loading");
    assertThat(kb.answer("学深悟透分为几个步骤").text()).contains("四个步骤");

    model.complete(Semantic.current().embedder());

    awaitSemantic(kb, "on");
    assertThat(kb.version()).isEqualTo(1);
    assertThat(kb.answer("学深悟透分为几个步骤").text()).contains("四个步骤");
  }

  @Test
  void aNewerVersionInstalledMeanwhileIsNotReplacedByTheOlderOne() {
    KnowledgeBase kb = KnowledgeBase.of(BUNDLED, 1, loading);
    kb.install(KnowledgeBase.build(BUNDLED, 2, loading));

    model.complete(Semantic.current().embedder());

    awaitSemantic(kb, "on");
    assertThat(kb.version()).isEqualTo(2);
  }

  @Test
  void aModelThatCannotLoadLeavesLexicalRecall() {
    KnowledgeBase kb = KnowledgeBase.of(BUNDLED, 1, loading);

    model.complete(Optional.empty());

    assertThat(kb.semantic()).isEqualTo("unavailable");
    assertThat(kb.answer("学深悟透分为几个步骤").text()).contains("四个步骤");
  }

  @Test
  void aBuildThatWaitsHasItsVectorsAtOnce() {
    model.complete(Semantic.current().embedder());

    assertThat(KnowledgeBase.of(BUNDLED, 1, Semantic.from(model)).semantic()).isEqualTo("on");
  }

  private static void awaitSemantic(KnowledgeBase kb, String state) {
    await().atMost(Duration.ofSeconds(60)).until(() -> kb.semantic().equals(state));
  }
}
