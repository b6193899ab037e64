package org.unionbot.core.admin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.unionbot.core.admin.Notices.LIBRARY_ANSWER;
import static org.unionbot.core.admin.Notices.LIBRARY_QUESTION;
import static org.unionbot.core.admin.Notices.LIBRARY_TEXT;
import static org.unionbot.core.admin.Notices.LIBRARY_TITLE;
import static org.unionbot.core.admin.Notices.SHANGHAI;
import static org.unionbot.core.admin.Notices.SPORTS;
import static org.unionbot.core.admin.Notices.SPORTS_TEXT;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.unionbot.core.score.MutableClock;
import org.unionbot.core.store.Retention;
import org.unionbot.core.store.StoreConfig;
import org.unionbot.core.store.StoreException;
import org.unionbot.knowledge.Answer;
import org.unionbot.knowledge.Faq;
import org.unionbot.knowledge.KnowledgeBase;
import org.unionbot.knowledge.NoticeText;
import org.unionbot.knowledge.Source;
import org.unionbot.knowledge.Synonym;
import org.unionbot.knowledge.quiz.QuizItem;

/** The admin service on SQLite; {@link PostgresAdminTest} runs every test again on PostgreSQL. */
class AdminTest {

  static final Actor ALICE = new Actor("alice", "10.0.0.7");
  static final Instant START = Instant.parse("2026-03-02T02:00:00Z");

  @TempDir Path dir;

  final MutableClock clock = new MutableClock(START);
  StoreConfig store;
  Admin admin;

  /** A new, empty store for a data directory. */
  StoreConfig store(Path dataDir) {
    return StoreConfig.sqlite(dataDir);
  }

  /** Runs a statement on the store outside the admin service. */
  void sql(String statement) throws SQLException {
    try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + dir.resolve("unionbot.db"));
        Statement s = c.createStatement()) {
      s.execute(statement);
    }
  }

  /** The number a query on the store outside the admin service returns. */
  long number(String query) throws SQLException {
    try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + dir.resolve("unionbot.db"));
        Statement s = c.createStatement();
        ResultSet rows = s.executeQuery(query)) {
      rows.next();
      return rows.getLong(1);
    }
  }

  /** Makes every insert into kb_versions fail with "disk full". */
  void failVersionInserts() throws SQLException {
    sql(
        "CREATE TRIGGER no_versions BEFORE INSERT ON kb_versions"
            + " BEGIN SELECT RAISE(ABORT, 'disk full'); END");
  }

  @BeforeEach
  void open() {
    store = store(dir);
    admin = Admin.open(store, SPORTS, clock, SHANGHAI);
  }

  @AfterEach
  void close() {
    admin.close();
  }

  private void reopen() {
    admin.close();
    admin = Admin.open(store, SPORTS, clock, SHANGHAI);
  }

  private Answer ask(String question) {
    return admin.knowledge().answer(question);
  }

  private static List<String> docs(Answer a) {
    return a.sources().stream().map(Source::doc).toList();
  }

  /** Refused as {@code reason}, with nothing committed. */
  private void refused(AdminException.Reason reason, String message, ThrowingCallable change) {
    long version = admin.version();
    int versions = admin.versions().size();
    int audit = admin.audit(1000).size();
    assertThatThrownBy(change)
        .isInstanceOfSatisfying(AdminException.class, e -> assertThat(e.reason()).isEqualTo(reason))
        .hasMessageContaining(message);
    assertThat(admin.version()).isEqualTo(version);
    assertThat(admin.knowledge().version()).isEqualTo(version);
    assertThat(admin.versions()).hasSize(versions);
    assertThat(admin.audit(1000)).hasSize(audit);
  }

  private static Answer answer(Answer.Kind kind) {
    return new Answer(kind, "x", List.of(), List.of());
  }

  // ---- seed and reopen

  @Test
  void anEmptyDatabaseIsSeededAsVersionOne() {
    assertThat(admin.version()).isEqualTo(1);
    assertThat(admin.knowledge().version()).isEqualTo(1);
    assertThat(admin.documents())
        .containsExactly(new DocumentInfo("sports", "关于举办职工运动会的通知", SPORTS_TEXT.length(), START));
    assertThat(admin.document("sports").orElseThrow().text()).isEqualTo(SPORTS_TEXT);
    assertThat(admin.versions())
        .containsExactly(new VersionInfo(1, START, "system", "seed", "sports"));
    assertThat(admin.audit(10))
        .containsExactly(new AuditEntry(START, "system", "seed", "sports", 1));
    assertThat(docs(ask("职工运动会什么时候举办"))).containsExactly("sports");
    assertThat(admin.faqs()).isEmpty();
    assertThat(admin.synonyms()).isEmpty();
    assertThat(admin.curatedQuiz()).isEmpty();
    assertThat(admin.disabledQuiz()).isEmpty();
    assertThat(admin.menu()).isEmpty();
  }

  @Test
  void theBundledSeedKeepsItsIdAndServesAsTheBundledKnowledgeBaseDoes() {
    admin.close();
    Path other = dir.resolve("bundled");
    admin = Admin.open(store(other), KnowledgeBase.bundledNotice(), clock, SHANGHAI);
    KnowledgeBase bundled = KnowledgeBase.bundled();
    assertThat(admin.documents()).extracting(DocumentInfo::id).containsExactly("notice");
    assertThat(admin.documents().get(0).title()).isEqualTo(bundled.notices().get(0).title());
    for (String q : List.of("学深悟透分为几个步骤", "要推进什么服务站建设", "工会会费怎么交")) {
      assertThat(ask(q)).as(q).isEqualTo(bundled.answer(q));
    }
    assertThat(admin.knowledge().quizItems()).isEqualTo(bundled.quizItems());
  }

  @Test
  void aSeedIdThatIsNotUrlSafeIsMadeSo() {
    assertThat(SeedBuild.slug("Notice B.v2")).isEqualTo("notice-b-v2");
    assertThat(SeedBuild.slug("通知")).isEqualTo(KnowledgeBase.BUNDLED_ID);
    assertThat(SeedBuild.slug("doc-7")).isEqualTo("doc-7");
  }

  @Test
  void contentAndVersionSurviveARestartAndTheSeedIsNotAppliedAgain() {
    Change doc = admin.addDocument(ALICE, LIBRARY_TITLE, LIBRARY_TEXT);
    Change faq = admin.addFaq(ALICE, "工会会费怎么交", "按工资的百分之零点五按月交纳。");
    admin.putSynonym(ALICE, "书房", "职工书屋");
    admin.addQuizItem(ALICE, choice());
    admin.disableQuizItem(ALICE, admin.knowledge().quizItems().get(0).id());
    admin.putMenu(ALICE, "{\"button\":[]}");
    long version = admin.version();
    List<DocumentInfo> documents = admin.documents();
    List<VersionInfo> versions = admin.versions();
    List<AuditEntry> audit = admin.audit(100);
    var content = admin.knowledge().content();

    reopen();

    assertThat(admin.version()).isEqualTo(version);
    assertThat(admin.knowledge().version()).isEqualTo(version);
    assertThat(admin.documents()).isEqualTo(documents);
    assertThat(admin.knowledge().content()).isEqualTo(content);
    assertThat(admin.versions()).isEqualTo(versions);
    assertThat(admin.audit(100)).isEqualTo(audit);
    assertThat(admin.menu()).contains("{\"button\":[]}");
    assertThat(docs(ask(LIBRARY_QUESTION))).containsExactly(doc.id());
    assertThat(admin.faqs()).extracting(Faq::id).containsExactly(faq.id());

    // ids are never reused, not even after a restart
    assertThat(admin.addDocument(ALICE, "另一份", LIBRARY_TEXT).id()).isNotEqualTo(doc.id());
  }

  @Test
  void theDataDirectoryHasOneOwnerAtATime() {
    assertThatThrownBy(() -> Admin.open(dir, SPORTS, clock, SHANGHAI))
        .isInstanceOf(StoreException.class)
        .hasMessageContaining("unionbot is running on")
        .hasMessageContaining("pid " + ProcessHandle.current().pid());
    assertThat(docs(ask("职工运动会什么时候举办"))).as("still serving").containsExactly("sports");
  }

  @Test
  void aClosedServiceRefusesChanges() {
    admin.close();
    admin.close(); // idempotent
    assertThatThrownBy(() -> admin.addFaq(ALICE, "问", "答"))
        .isInstanceOf(IllegalStateException.class);
  }

  // ---- documents

  @Test
  void anAddedDocumentIsAnsweredFromAtOnceUnderANewId() {
    clock.advance(Duration.ofMinutes(5));
    Change c = admin.addDocument(ALICE, "  " + LIBRARY_TITLE + " ", LIBRARY_TEXT);

    assertThat(c).isEqualTo(new Change("doc-1", 2));
    assertThat(admin.version()).isEqualTo(2);
    Answer a = ask(LIBRARY_QUESTION);
    assertThat(a.answered()).isTrue();
    assertThat(a.text()).contains(LIBRARY_ANSWER);
    assertThat(a.sources().get(0).doc()).isEqualTo("doc-1");
    assertThat(a.sources().get(0).title()).isEqualTo(LIBRARY_TITLE);
    Instant at = START.plus(Duration.ofMinutes(5));
    assertThat(admin.documents())
        .extracting(DocumentInfo::id, DocumentInfo::title, DocumentInfo::chars)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("sports", "关于举办职工运动会的通知", SPORTS_TEXT.length()),
            org.assertj.core.groups.Tuple.tuple("doc-1", LIBRARY_TITLE, LIBRARY_TEXT.length()));
    assertThat(admin.document("doc-1"))
        .contains(new Document("doc-1", LIBRARY_TITLE, LIBRARY_TEXT, at));
    assertThat(admin.document("doc-9")).isEmpty();
    assertThat(admin.document(null)).isEmpty();
    assertThat(admin.versions().get(0))
        .isEqualTo(new VersionInfo(2, at, "alice", "add-document", "doc-1"));
    assertThat(admin.audit(1))
        .containsExactly(new AuditEntry(at, "alice", "add-document", "doc-1", 2));

    assertThat(admin.addDocument(ALICE, "第三份", LIBRARY_TEXT.replace("书屋", "驿站")).id())
        .isEqualTo("doc-2");
  }

  @Test
  void aReplacedDocumentAnswersWithItsNewTextOnly() {
    String id = admin.addDocument(ALICE, LIBRARY_TITLE, LIBRARY_TEXT).id();
    clock.advance(Duration.ofMinutes(1));
    Change c = admin.replaceDocument(ALICE, id, "书屋搬家", LIBRARY_TEXT.replace("劳动路8号", "和平街12号"));

    assertThat(c).isEqualTo(new Change(id, 3));
    Answer a = ask(LIBRARY_QUESTION);
    assertThat(a.text()).contains("和平街12号").doesNotContain("劳动路");
    assertThat(a.sources().get(0).title()).isEqualTo("书屋搬家");
    assertThat(admin.documents()).extracting(DocumentInfo::id).containsExactly("sports", id);
    assertThat(admin.document(id).orElseThrow().updatedAt()).isEqualTo(START.plusSeconds(60));

    // the same title and text again changes nothing
    assertThat(admin.replaceDocument(ALICE, id, "书屋搬家", LIBRARY_TEXT.replace("劳动路8号", "和平街12号")))
        .isEqualTo(new Change(id, 3));
    assertThat(admin.versions()).hasSize(3);
    // its own title is not "taken"
    assertThat(admin.replaceDocument(ALICE, id, "书屋搬家", LIBRARY_TEXT).version()).isEqualTo(4);
  }

  @Test
  void aRemovedDocumentIsNoLongerAnswered() {
    String id = admin.addDocument(ALICE, LIBRARY_TITLE, LIBRARY_TEXT).id();
    assertThat(ask(LIBRARY_QUESTION).answered()).isTrue();

    assertThat(admin.removeDocument(ALICE, id)).isEqualTo(new Change(id, 3));

    assertThat(ask(LIBRARY_QUESTION).answered()).isFalse();
    assertThat(admin.documents()).extracting(DocumentInfo::id).containsExactly("sports");
    assertThat(admin.document(id)).isEmpty();
    assertThat(admin.addDocument(ALICE, LIBRARY_TITLE, LIBRARY_TEXT).id())
        .as("never reused")
        .isEqualTo("doc-2");
  }

  @Test
  void unknownDocumentsAreNotFound() {
    refused(
        AdminException.Reason.NOT_FOUND,
        "no document doc-9",
        () -> admin.removeDocument(ALICE, "doc-9"));
    refused(
        AdminException.Reason.NOT_FOUND,
        "no document doc-9",
        () -> admin.replaceDocument(ALICE, "doc-9", "t", LIBRARY_TEXT));
    refused(
        AdminException.Reason.NOT_FOUND, "no document", () -> admin.removeDocument(ALICE, null));
  }

  @Test
  void theLastDocumentCannotBeRemoved() {
    refused(
        AdminException.Reason.INVALID,
        "at least one document",
        () -> admin.removeDocument(ALICE, "sports"));
  }

  @Test
  void badDocumentsAreRefusedWithTheReason() {
    AdminException.Reason invalid = AdminException.Reason.INVALID;
    refused(invalid, "the text is empty", () -> admin.addDocument(ALICE, "t", ""));
    refused(invalid, "the text is empty", () -> admin.addDocument(ALICE, "t", " \n\t "));
    refused(invalid, "the text is empty", () -> admin.addDocument(ALICE, "t", null));
    refused(
        invalid,
        "the limit is 300000",
        () -> admin.addDocument(ALICE, "t", LIBRARY_TEXT + "字".repeat(Admin.MAX_TEXT_CHARS)));
    refused(invalid, "looks binary", () -> admin.addDocument(ALICE, "t", LIBRARY_TEXT + "\0"));
    refused(
        invalid,
        "looks binary",
        () -> admin.addDocument(ALICE, "t", "PK\u0003\u0004" + LIBRARY_TEXT));
    refused(
        invalid, "looks binary", () -> admin.addDocument(ALICE, "t", LIBRARY_TEXT + "\u001b[0m"));
    refused(invalid, "looks binary", () -> admin.addDocument(ALICE, "t", "职工\uFFFD书屋"));
    refused(invalid, "the title is empty", () -> admin.addDocument(ALICE, " ", LIBRARY_TEXT));
    refused(invalid, "the title is empty", () -> admin.addDocument(ALICE, null, LIBRARY_TEXT));
    refused(
        invalid, "the limit is 200", () -> admin.addDocument(ALICE, "标".repeat(201), LIBRARY_TEXT));
    refused(invalid, "line break", () -> admin.addDocument(ALICE, "一\n二", LIBRARY_TEXT));
    refused(
        invalid,
        "already taken by document sports",
        () -> admin.addDocument(ALICE, " 关于举办职工运动会的通知 ", LIBRARY_TEXT));
    admin.addDocument(ALICE, "Union Library", LIBRARY_TEXT);
    refused(
        invalid,
        "already taken by document doc-1",
        () -> admin.addDocument(ALICE, "ＵＮＩＯＮ  library".replace("  ", " "), LIBRARY_TEXT));
    refused(
        invalid,
        "already taken",
        () -> admin.replaceDocument(ALICE, "sports", "union library", SPORTS_TEXT));
    refused(invalid, "already taken", () -> admin.addDocument(ALICE, "關於舉辦職工運動會的通知", LIBRARY_TEXT));

    // tabs, line breaks and a text just at the limit are fine
    String longest = "职工书屋开放。\r\n\t" + "字".repeat(Admin.MAX_TEXT_CHARS - 10);
    assertThat(longest).hasSize(Admin.MAX_TEXT_CHARS);
    assertThat(admin.addDocument(ALICE, "最长", longest).version()).isEqualTo(3);
  }

  @Test
  void contentThatDoesNotBuildIsRefusedWithTheBuildersMessageAndNothingIsStored() {
    admin
        .store()
        .pipeline()
        .builder(
            (content, version) -> {
              throw new IllegalArgumentException("document doc-1 has no sentence");
            });
    refused(
        AdminException.Reason.INVALID,
        "document doc-1 has no sentence",
        () -> admin.addDocument(ALICE, LIBRARY_TITLE, LIBRARY_TEXT));
    admin.store().pipeline().builder(KnowledgeBase::build);

    assertThat(admin.documents()).hasSize(1);
    assertThat(ask(LIBRARY_QUESTION).answered()).isFalse();
    assertThat(admin.addDocument(ALICE, LIBRARY_TITLE, LIBRARY_TEXT))
        .isEqualTo(new Change("doc-1", 2));
  }

  @Test
  void aFailedCommitLeavesTheOldVersionServing() throws SQLException {
    failVersionInserts();
    assertThatThrownBy(() -> admin.addDocument(ALICE, LIBRARY_TITLE, LIBRARY_TEXT))
        .isInstanceOf(StoreException.class)
        .hasMessageContaining("disk full");
    assertThat(admin.version()).isEqualTo(1);
    assertThat(admin.knowledge().version()).isEqualTo(1);
    assertThat(admin.documents()).hasSize(1);
    assertThat(ask(LIBRARY_QUESTION).answered()).isFalse();

    sql("DROP TRIGGER no_versions" + (store.url().isPresent() ? " ON kb_versions" : ""));
    assertThat(admin.addDocument(ALICE, LIBRARY_TITLE, LIBRARY_TEXT))
        .isEqualTo(new Change("doc-1", 2));
    reopen();
    assertThat(admin.documents()).extracting(DocumentInfo::id).containsExactly("sports", "doc-1");
  }

  // ---- FAQ

  @Test
  void faqPairsAreAddedUpdatedAndRemovedAsVersions() {
    Change added = admin.addFaq(ALICE, " 工会会费怎么交？ ", "按月交纳。");
    assertThat(added).isEqualTo(new Change("faq-1", 2));
    assertThat(admin.faqs()).containsExactly(new Faq("faq-1", "工会会费怎么交？", "按月交纳。"));
    assertThat(admin.knowledge().content().faqs()).isEqualTo(admin.faqs());

    assertThat(admin.updateFaq(ALICE, "faq-1", "会费怎么交", "按工资的百分之零点五按月交纳。"))
        .isEqualTo(new Change("faq-1", 3));
    assertThat(admin.faqs()).containsExactly(new Faq("faq-1", "会费怎么交", "按工资的百分之零点五按月交纳。"));

    assertThat(admin.addFaq(ALICE, "工会会员有什么权利", "见章程。").id()).isEqualTo("faq-2");
    assertThat(admin.removeFaq(ALICE, "faq-1")).isEqualTo(new Change("faq-1", 5));
    assertThat(admin.faqs()).extracting(Faq::id).containsExactly("faq-2");
    assertThat(admin.versions())
        .extracting(VersionInfo::action)
        .containsExactly("remove-faq", "add-faq", "update-faq", "add-faq", "seed");
  }

  @Test
  void badFaqPairsAreRefused() {
    AdminException.Reason invalid = AdminException.Reason.INVALID;
    refused(invalid, "the question is empty", () -> admin.addFaq(ALICE, " ", "答"));
    refused(invalid, "the answer is empty", () -> admin.addFaq(ALICE, "问", ""));
    refused(invalid, "the limit is 500", () -> admin.addFaq(ALICE, "问".repeat(501), "答"));
    refused(invalid, "the limit is 2000", () -> admin.addFaq(ALICE, "问", "答".repeat(2001)));
    refused(invalid, "control character", () -> admin.addFaq(ALICE, "问", "答\0"));
    admin.addFaq(ALICE, "会费怎么交", "按月。");
    refused(invalid, "faq-1 already has this question", () -> admin.addFaq(ALICE, "會費怎麼交？", "x"));
    admin.addFaq(ALICE, "会员有什么权利", "见章程。");
    refused(
        invalid,
        "faq-1 already has this question",
        () -> admin.updateFaq(ALICE, "faq-2", "会费怎么交", "x"));
    AdminException.Reason notFound = AdminException.Reason.NOT_FOUND;
    refused(notFound, "no FAQ pair faq-9", () -> admin.updateFaq(ALICE, "faq-9", "问", "答"));
    refused(notFound, "no FAQ pair faq-9", () -> admin.removeFaq(ALICE, "faq-9"));
  }

  // ---- synonyms

  @Test
  void synonymsArePutReplacedAndRemoved() {
    assertThat(admin.putSynonym(ALICE, " 比赛 ", "运动会")).isEqualTo(new Change("比赛", 2));
    assertThat(admin.putSynonym(ALICE, "外卖骑手", "新就业形态劳动者").version()).isEqualTo(3);
    assertThat(admin.putSynonym(ALICE, "比賽", "竞赛")).isEqualTo(new Change("比賽", 4));
    assertThat(admin.synonyms())
        .containsExactly(new Synonym("比賽", "竞赛"), new Synonym("外卖骑手", "新就业形态劳动者"));
    assertThat(admin.putSynonym(ALICE, "比賽", "竞赛").version()).as("no change").isEqualTo(4);
    assertThat(admin.knowledge().content().synonyms()).isEqualTo(admin.synonyms());

    assertThat(admin.removeSynonym(ALICE, "比赛")).isEqualTo(new Change("比賽", 5));
    assertThat(admin.synonyms()).containsExactly(new Synonym("外卖骑手", "新就业形态劳动者"));
  }

  @Test
  void badSynonymsAreRefused() {
    AdminException.Reason invalid = AdminException.Reason.INVALID;
    refused(invalid, "the term is empty", () -> admin.putSynonym(ALICE, "", "竞赛"));
    refused(invalid, "the canonical word is empty", () -> admin.putSynonym(ALICE, "比赛", " "));
    refused(invalid, "its own synonym", () -> admin.putSynonym(ALICE, "比赛", "比賽"));
    refused(invalid, "the limit is 50", () -> admin.putSynonym(ALICE, "比".repeat(51), "竞赛"));
    refused(
        AdminException.Reason.NOT_FOUND,
        "no synonym for 比赛",
        () -> admin.removeSynonym(ALICE, "比赛"));
    refused(AdminException.Reason.NOT_FOUND, "no synonym", () -> admin.removeSynonym(ALICE, null));
  }

  // ---- quiz

  static QuizDraft choice() {
    return new QuizDraft(
        QuizItem.Type.CHOICE,
        "职工运动会在哪里举办？",
        List.of("市体育中心", "工人文化宫", "劳动公园"),
        "市体育中心",
        List.of(),
        "市总工会决定于2026年5月18日在市体育中心举办第五届职工运动会。");
  }

  static QuizDraft blank() {
    return new QuizDraft(QuizItem.Type.BLANK, "运动会设（____）个项目。", List.of(), "三", List.of("3"), "");
  }

  @Test
  void curatedQuizItemsAreAddedAndEdited() {
    Change c = admin.addQuizItem(ALICE, choice());
    assertThat(c).isEqualTo(new Change("cq-1", 2));
    assertThat(admin.addQuizItem(ALICE, blank())).isEqualTo(new Change("cq-2", 3));
    assertThat(admin.curatedQuiz())
        .containsExactly(
            new QuizItem(
                "cq-1",
                QuizItem.Type.CHOICE,
                "职工运动会在哪里举办？",
                List.of("市体育中心", "工人文化宫", "劳动公园"),
                "市体育中心",
                List.of(),
                "市总工会决定于2026年5月18日在市体育中心举办第五届职工运动会。",
                "",
                ""),
            new QuizItem(
                "cq-2",
                QuizItem.Type.BLANK,
                "运动会设（____）个项目。",
                List.of(),
                "三",
                List.of("3"),
                "",
                "",
                ""));
    assertThat(admin.knowledge().content().quizItems()).isEqualTo(admin.curatedQuiz());

    QuizDraft edited =
        new QuizDraft(QuizItem.Type.BLANK, "运动会共设（____）个项目。", List.of(), "三", List.of(), "");
    assertThat(admin.updateQuizItem(ALICE, "cq-2", edited)).isEqualTo(new Change("cq-2", 4));
    assertThat(admin.curatedQuiz().get(1).prompt()).isEqualTo("运动会共设（____）个项目。");
    assertThat(admin.curatedQuiz()).hasSize(2);
  }

  @Test
  void editingAGeneratedItemStoresACuratedItemUnderItsId() {
    QuizItem generated = admin.knowledge().quizItems().get(0);
    Change c = admin.updateQuizItem(ALICE, generated.id(), blank());

    assertThat(c).isEqualTo(new Change(generated.id(), 2));
    QuizItem curated = admin.curatedQuiz().get(0);
    assertThat(curated.id()).isEqualTo(generated.id());
    assertThat(curated.prompt()).isEqualTo(blank().prompt());
    assertThat(curated.section()).isEqualTo(generated.section());
    assertThat(curated.doc()).isEqualTo(generated.doc());
    assertThat(admin.versions().get(0).action()).isEqualTo("update-quiz");
  }

  @Test
  void quizItemsAreDisabledAndEnabled() {
    String generated = admin.knowledge().quizItems().get(0).id();
    String curated = admin.addQuizItem(ALICE, choice()).id();

    assertThat(admin.disableQuizItem(ALICE, generated)).isEqualTo(new Change(generated, 3));
    assertThat(admin.disableQuizItem(ALICE, curated)).isEqualTo(new Change(curated, 4));
    assertThat(admin.disabledQuiz()).containsExactlyInAnyOrder(generated, curated);
    assertThat(admin.knowledge().content().disabledQuiz()).isEqualTo(admin.disabledQuiz());
    assertThat(admin.disableQuizItem(ALICE, generated).version()).as("no change").isEqualTo(4);

    assertThat(admin.enableQuizItem(ALICE, generated)).isEqualTo(new Change(generated, 5));
    assertThat(admin.disabledQuiz()).containsExactly(curated);
    assertThat(admin.enableQuizItem(ALICE, generated).version()).as("no change").isEqualTo(5);
  }

  @Test
  void badQuizItemsAreRefused() {
    AdminException.Reason invalid = AdminException.Reason.INVALID;
    QuizDraft c = choice();
    refused(invalid, "missing", () -> admin.addQuizItem(ALICE, null));
    refused(
        invalid,
        "the prompt is empty",
        () ->
            admin.addQuizItem(
                ALICE, new QuizDraft(c.type(), " ", c.options(), c.answer(), List.of(), "")));
    refused(
        invalid,
        "the answer is empty",
        () ->
            admin.addQuizItem(
                ALICE, new QuizDraft(QuizItem.Type.BLANK, "p", List.of(), "", List.of(), "")));
    refused(
        invalid,
        "2 to 4 options",
        () ->
            admin.addQuizItem(
                ALICE, new QuizDraft(c.type(), "p", List.of("a"), "a", List.of(), "")));
    refused(
        invalid,
        "2 to 4 options",
        () ->
            admin.addQuizItem(
                ALICE,
                new QuizDraft(
                    c.type(), "p", List.of("a", "b", "c", "d", "e"), "a", List.of(), "")));
    refused(
        invalid,
        "given twice",
        () ->
            admin.addQuizItem(
                ALICE, new QuizDraft(c.type(), "p", List.of("a", "Ａ"), "a", List.of(), "")));
    refused(
        invalid,
        "one of the options",
        () ->
            admin.addQuizItem(
                ALICE, new QuizDraft(c.type(), "p", List.of("a", "b"), "c", List.of(), "")));
    refused(
        invalid,
        "the option is empty",
        () ->
            admin.addQuizItem(
                ALICE, new QuizDraft(c.type(), "p", List.of("a", " "), "a", List.of(), "")));
    refused(
        invalid,
        "only a blank",
        () ->
            admin.addQuizItem(
                ALICE, new QuizDraft(c.type(), "p", List.of("a", "b"), "a", List.of("A"), "")));
    refused(
        invalid,
        "a blank has no options",
        () ->
            admin.addQuizItem(
                ALICE,
                new QuizDraft(QuizItem.Type.BLANK, "p", List.of("a", "b"), "a", List.of(), "")));
    AdminException.Reason notFound = AdminException.Reason.NOT_FOUND;
    refused(notFound, "no quiz item nope", () -> admin.updateQuizItem(ALICE, "nope", blank()));
    refused(notFound, "no quiz item nope", () -> admin.disableQuizItem(ALICE, "nope"));
    refused(notFound, "no quiz item nope", () -> admin.enableQuizItem(ALICE, "nope"));
    refused(notFound, "no quiz item null", () -> admin.disableQuizItem(ALICE, null));
    refused(notFound, "no quiz item null", () -> admin.updateQuizItem(ALICE, null, blank()));
  }

  // ---- versions and rollback

  @Test
  void aRollbackServesAnEarlierVersionAgainAsANewVersion() {
    KnowledgeBase v1 = KnowledgeBase.of(admin.knowledge().content(), 1);
    String doc = admin.addDocument(ALICE, LIBRARY_TITLE, LIBRARY_TEXT).id(); // 2
    admin.addFaq(ALICE, "会费怎么交", "按月。"); // 3
    admin.putSynonym(ALICE, "书房", "职工书屋"); // 4
    admin.addQuizItem(ALICE, choice()); // 5
    var v5 = admin.knowledge().content();
    List<QuizItem> v5Quiz = admin.knowledge().quizItems();
    admin.replaceDocument(ALICE, doc, "书屋搬家", LIBRARY_TEXT.replace("劳动路8号", "和平街12号")); // 6
    admin.removeFaq(ALICE, "faq-1"); // 7

    assertThat(admin.rollback(ALICE, 5)).isEqualTo(new Change("5", 8));
    assertThat(admin.knowledge().content()).isEqualTo(v5);
    assertThat(admin.knowledge().quizItems()).isEqualTo(v5Quiz);
    assertThat(ask(LIBRARY_QUESTION).text()).contains(LIBRARY_ANSWER);
    assertThat(admin.document(doc).orElseThrow().title()).isEqualTo(LIBRARY_TITLE);
    assertThat(admin.versions().get(0))
        .extracting(VersionInfo::action, VersionInfo::target)
        .containsExactly("rollback", "5");

    assertThat(admin.rollback(ALICE, 1)).isEqualTo(new Change("1", 9));
    assertThat(admin.documents()).extracting(DocumentInfo::id).containsExactly("sports");
    for (String q : List.of("职工运动会什么时候举办", LIBRARY_QUESTION, "运动会设几个项目")) {
      assertThat(ask(q)).as(q).isEqualTo(v1.answer(q));
    }
    assertThat(admin.versions())
        .extracting(VersionInfo::version)
        .containsExactly(9L, 8L, 7L, 6L, 5L, 4L, 3L, 2L, 1L);

    // rolled back, and still so after a restart
    reopen();
    assertThat(admin.version()).isEqualTo(9);
    assertThat(admin.documents()).extracting(DocumentInfo::id).containsExactly("sports");
    assertThat(admin.rollback(ALICE, 8).version()).isEqualTo(10);
    assertThat(admin.knowledge().content()).isEqualTo(v5);
  }

  @Test
  void rollingBackToTheContentServingChangesNothing() {
    admin.addDocument(ALICE, LIBRARY_TITLE, LIBRARY_TEXT);
    assertThat(admin.rollback(ALICE, 2)).isEqualTo(new Change("2", 2));
    assertThat(admin.versions()).hasSize(2);
  }

  @Test
  void aRollbackToAVersionThatDoesNotExistIsNotFound() {
    AdminException.Reason notFound = AdminException.Reason.NOT_FOUND;
    refused(notFound, "no version 2", () -> admin.rollback(ALICE, 2));
    refused(notFound, "no version 0", () -> admin.rollback(ALICE, 0));
    refused(notFound, "no version -1", () -> admin.rollback(ALICE, -1));
  }

  // ---- questions, unanswered, stats

  @Test
  void unansweredQuestionsAreGroupedMostAskedFirstThenMostRecent() {
    QuestionLogCheck.record(admin, clock, "工会会费怎么交？", false);
    QuestionLogCheck.record(admin, clock, " 工会会费  怎么交 ", false);
    QuestionLogCheck.record(admin, clock, "工會會費怎麼交!", false);
    QuestionLogCheck.record(admin, clock, "食堂几点开饭", false);
    QuestionLogCheck.record(admin, clock, "劳模评选", false);
    QuestionLogCheck.record(admin, clock, "职工运动会什么时候举办", true);

    List<Unanswered> list = admin.unanswered(10);
    assertThat(list)
        .extracting(Unanswered::text, Unanswered::count)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("工会会费怎么交？", 3L),
            org.assertj.core.groups.Tuple.tuple("劳模评选", 1L),
            org.assertj.core.groups.Tuple.tuple("食堂几点开饭", 1L));
    assertThat(list.get(0).lastAt()).isEqualTo(START.plusSeconds(2));
    assertThat(admin.unanswered(1)).hasSize(1);
    assertThat(admin.unanswered(0)).isEmpty();
    refused(AdminException.Reason.INVALID, "negative", () -> admin.unanswered(-1));
  }

  @Test
  void anUnansweredQuestionBecomesAFaqPairInOneStep() {
    QuestionLogCheck.record(admin, clock, "工会会费怎么交？", false);
    QuestionLogCheck.record(admin, clock, "食堂几点开饭", false);

    Change c = admin.faqFromUnanswered(ALICE, "工会会费怎么交？", "按月交纳。");

    assertThat(c).isEqualTo(new Change("faq-1", 2));
    assertThat(admin.faqs()).containsExactly(new Faq("faq-1", "工会会费怎么交？", "按月交纳。"));
    assertThat(admin.unanswered(10)).extracting(Unanswered::text).containsExactly("食堂几点开饭");
    assertThat(admin.audit(1).get(0).action()).isEqualTo("faq-from-unanswered");
    refused(
        AdminException.Reason.INVALID,
        "already has this question",
        () -> admin.faqFromUnanswered(ALICE, "工会会费怎么交", "x"));
    refused(
        AdminException.Reason.INVALID,
        "the answer is empty",
        () -> admin.faqFromUnanswered(ALICE, "食堂几点开饭", " "));
    assertThat(admin.unanswered(10)).hasSize(1);
  }

  @Test
  void statsCountQuestionsPerDayTopQuestionsAndTheQuiz() {
    // day 1 (2026-03-02 in Shanghai): 3 questions, 2 answered
    QuestionLogCheck.record(admin, clock, "职工运动会什么时候举办", true);
    QuestionLogCheck.record(admin, clock, "职工运动会什么时候举办?", true);
    QuestionLogCheck.record(admin, clock, "食堂几点开饭", false);
    admin.scores().recordAnswer("w1", "q1", true, clock.instant());
    admin.scores().recordAnswer("w1", "q2", false, clock.instant());
    admin.scores().finishRound("w1", 1, 2, clock.instant());
    // day 3: 1 question
    clock.advance(Duration.ofDays(2));
    QuestionLogCheck.record(admin, clock, "食堂几点开饭", false);
    QuestionLogCheck.record(admin, clock, "运动会设几个项目", true);
    admin.scores().recordAnswer("w2", "q1", true, clock.instant());

    Stats s = admin.stats(7);
    assertThat(s.days()).isEqualTo(7);
    assertThat(s.perDay()).hasSize(7);
    assertThat(s.perDay().get(6))
        .isEqualTo(new Stats.Day(java.time.LocalDate.of(2026, 3, 4), 2, 1));
    assertThat(s.perDay().get(4))
        .isEqualTo(new Stats.Day(java.time.LocalDate.of(2026, 3, 2), 3, 2));
    assertThat(s.perDay().get(5).total()).isZero();
    assertThat(s.perDay().get(0).day()).isEqualTo(java.time.LocalDate.of(2026, 2, 26));
    assertThat(s.questions()).isEqualTo(5);
    assertThat(s.answered()).isEqualTo(3);
    assertThat(s.answeredShare()).isEqualTo(0.6);
    assertThat(s.top())
        .containsExactly(
            new Stats.TopQuestion("食堂几点开饭", 2, 0), // as often, but asked last
            new Stats.TopQuestion("职工运动会什么时候举办", 2, 2),
            new Stats.TopQuestion("运动会设几个项目", 1, 1));
    assertThat(s.topUnanswered()).containsExactly(new Stats.TopQuestion("食堂几点开饭", 2, 0));
    assertThat(s.quizPlayers()).isEqualTo(1); // w2 answered but finished no round
    assertThat(s.quizRounds()).isEqualTo(1);
    assertThat(s.quizAnswers()).isEqualTo(3);
    assertThat(s.quizCorrect()).isEqualTo(2);
    assertThat(s.quizAccuracy()).isEqualTo(2.0 / 3);
    assertThat(s.droppedQuestions()).isZero();

    Stats today = admin.stats(1);
    assertThat(today.perDay())
        .containsExactly(new Stats.Day(java.time.LocalDate.of(2026, 3, 4), 2, 1));
    assertThat(today.top()).extracting(Stats.TopQuestion::count).containsExactly(1L, 1L);
    assertThat(today.quizRounds()).isZero();
    assertThat(today.quizAnswers()).isEqualTo(1);

    refused(AdminException.Reason.INVALID, "days must be 1 to 366", () -> admin.stats(0));
    refused(AdminException.Reason.INVALID, "days must be 1 to 366", () -> admin.stats(367));
  }

  @Test
  void questionsLoggedBeforeCloseAreWrittenAndLaterOnesAreCountedAsDropped() {
    QuestionLogCheck.record(admin, clock, "食堂几点开饭", false);
    admin.close();
    admin.questionLog().record("劳模评选", answer(Answer.Kind.FALLBACK));
    assertThat(((StoreQuestionLog) admin.questionLog()).dropped()).isEqualTo(1);
    reopen();
    assertThat(admin.unanswered(10)).extracting(Unanswered::text).containsExactly("食堂几点开饭");
  }

  // ---- menu and audit

  @Test
  void theMenuIsStoredAndAudited() {
    clock.advance(Duration.ofMinutes(1));
    String menu = "{\"button\":[{\"type\":\"click\",\"name\":\"答题\",\"key\":\"QUIZ\"}]}";
    admin.putMenu(ALICE, menu);
    assertThat(admin.menu()).contains(menu);
    assertThat(admin.audit(1))
        .containsExactly(new AuditEntry(START.plusSeconds(60), "alice", "put-menu", "menu", 1));
    assertThat(admin.version()).as("the menu is not a knowledge-base version").isEqualTo(1);
    refused(AdminException.Reason.INVALID, "the menu is empty", () -> admin.putMenu(ALICE, " "));
  }

  @Test
  void theAuditLogListsEveryChangeNewestFirst() {
    admin.addDocument(ALICE, LIBRARY_TITLE, LIBRARY_TEXT);
    admin.addFaq(new Actor("bob", "10.0.0.8"), "会费怎么交", "按月。");
    assertThat(admin.audit(10))
        .extracting(AuditEntry::actor, AuditEntry::action, AuditEntry::target, AuditEntry::version)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("bob", "add-faq", "faq-1", 3L),
            org.assertj.core.groups.Tuple.tuple("alice", "add-document", "doc-1", 2L),
            org.assertj.core.groups.Tuple.tuple("system", "seed", "sports", 1L));
    assertThat(admin.audit(2)).hasSize(2);
  }

  // ---- retention

  /** Reopens the store keeping what {@code retention} says. */
  private void reopen(Retention retention) throws Exception {
    admin.close();
    admin = Admin.open(store, retention, SPORTS, clock, SHANGHAI);
    admin.store().awaitMaintenance(); // its runs at open, so that they don't race the test's clock
  }

  private List<Tuple> unansweredCounts() {
    return admin.unanswered(100).stream().map(u -> tuple(u.text(), u.count())).toList();
  }

  @Test
  void statisticsOlderThanTheRetentionAreDeletedDailyAndAtOpen() throws Exception {
    reopen(Retention.DEFAULTS.withStatsDays(3));
    QuestionLogCheck.record(admin, clock, "食堂几点开饭", false); // day 1 (2026-03-02)
    QuestionLogCheck.record(admin, clock, "职工运动会什么时候举办", true);
    clock.advance(Duration.ofDays(1));
    QuestionLogCheck.record(admin, clock, "劳模评选", false); // day 2
    clock.advance(Duration.ofDays(2)); // day 4: days 2 to 4 are kept
    assertThat(admin.stats(7).questions()).isEqualTo(3);

    // stats_days 1 row, stats_questions 2, stats_unanswered 1 (食堂, last asked on day 1)
    assertThat(admin.store().pruneStats()).isEqualTo(4);

    Stats s = admin.stats(7);
    assertThat(s.questions()).isEqualTo(1);
    assertThat(s.top()).extracting(Stats.TopQuestion::text).containsExactly("劳模评选");
    assertThat(admin.unanswered(10)).extracting(Unanswered::text).containsExactly("劳模评选");
    assertThat(admin.store().pruneStats()).as("nothing more to delete").isZero();

    // a restart two days later deletes day 2 without being asked
    clock.advance(Duration.ofDays(2));
    reopen(Retention.DEFAULTS.withStatsDays(3));
    assertThat(admin.stats(7).questions()).isZero();
    assertThat(admin.unanswered(10)).isEmpty();
  }

  /**
   * The offline commands open without the server's retention: a {@code kb} run on defaults must not
   * delete days that a server keeping a year still wants.
   */
  @Test
  void anOpenWithoutRetentionDeletesNothing() throws Exception {
    reopen(Retention.DEFAULTS.withStatsDays(400));
    QuestionLogCheck.record(admin, clock, "食堂几点开饭", false);
    clock.advance(Duration.ofDays(200)); // past the default 180 days
    admin.close();

    admin = Admin.open(store, SPORTS, clock, SHANGHAI);
    admin.store().awaitMaintenance();

    assertThat(admin.unanswered(10)).extracting(Unanswered::text).containsExactly("食堂几点开饭");
  }

  @Test
  void aDayListsAtMostItsBoundOfDistinctQuestionsAndCountsEveryQuestion() throws Exception {
    reopen(Retention.DEFAULTS.withQuestionsPerDay(3).withUnansweredMax(2));
    QuestionLogCheck.record(admin, clock, "问题一", false);
    QuestionLogCheck.record(admin, clock, "问题二", false);
    QuestionLogCheck.record(admin, clock, "问题三", true);
    QuestionLogCheck.record(admin, clock, "问题四", false); // the day's list is full
    QuestionLogCheck.record(admin, clock, "问题一？", false); // listed already: counts on

    Stats s = admin.stats(1);
    assertThat(s.questions()).as("every question counts").isEqualTo(5);
    assertThat(s.answered()).isEqualTo(1);
    assertThat(s.top())
        .extracting(Stats.TopQuestion::text, Stats.TopQuestion::count)
        .containsExactly(tuple("问题一", 2L), tuple("问题三", 1L), tuple("问题二", 1L));
    assertThat(unansweredCounts()).containsExactly(tuple("问题一", 2L), tuple("问题二", 1L));

    // the next day lists again; a new unanswered question takes the least asked one's place
    clock.advance(Duration.ofDays(1));
    QuestionLogCheck.record(admin, clock, "问题四", false);
    QuestionLogCheck.record(admin, clock, "问题二", true); // answered now: no longer doubtful
    assertThat(admin.stats(1).top()).hasSize(2);
    assertThat(unansweredCounts()).containsExactly(tuple("问题一", 2L), tuple("问题四", 1L));
  }

  @Test
  void anUnboundedFloodOfNewQuestionsStoresNoMoreThanTheBound() throws Exception {
    reopen(Retention.DEFAULTS.withQuestionsPerDay(50).withUnansweredMax(20));
    for (int i = 0; i < 500; i++) {
      admin.questionLog().record("随机问题" + i, answer(Answer.Kind.FALLBACK));
    }
    Stats s = admin.stats(1);
    assertThat(s.questions()).isEqualTo(500);
    assertThat(s.top()).hasSize(Stats.TOP);
    assertThat(admin.unanswered(1000)).hasSize(20);
    assertThat(number("SELECT count(*) FROM stats_questions")).isEqualTo(50);
    assertThat(number("SELECT count(*) FROM stats_unanswered")).isEqualTo(20);
    assertThat(s.droppedQuestions()).isZero();
  }

  @Test
  void aLongQuestionIsStoredCutToAPageSizedRowNeverHalfACharacter() {
    String emoji = "\uD83D\uDE00"; // one character, two UTF-16 units
    QuestionLogCheck.record(admin, clock, "问".repeat(99) + emoji + "问".repeat(400), false);
    QuestionLogCheck.record(admin, clock, "问".repeat(98) + emoji + "问".repeat(400), false);

    assertThat(admin.unanswered(10))
        .extracting(Unanswered::text)
        .containsExactlyInAnyOrder("问".repeat(99), "问".repeat(98) + emoji);
    assertThat(admin.stats(1).top()).extracting(Stats.TopQuestion::text).hasSize(2);
  }

  @Test
  void openQuizRoundsOlderThanTheSessionLifetimeAreDeleted() throws Exception {
    reopen(Retention.DEFAULTS.withOpenRounds(Duration.ofMinutes(30)));
    admin.scores().roundStarted("wechat:old", clock.instant());
    clock.advance(Duration.ofMinutes(20));
    admin.scores().roundStarted("wechat:recent", clock.instant());
    clock.advance(Duration.ofMinutes(11)); // old: 31 min, recent: 11 min

    assertThat(admin.store().purgeOpenRounds()).isEqualTo(1);
    assertThat(admin.store().purgeOpenRounds()).isZero();
    Instant longAgo = START.minus(Duration.ofDays(1));
    assertThat(admin.scores().closeInterruptedRound("wechat:old", longAgo)).isFalse();
    assertThat(admin.scores().closeInterruptedRound("wechat:recent", longAgo)).isTrue();
  }

  @Test
  void retentionSettingsAreChecked() {
    assertThat(Retention.DEFAULTS)
        .isEqualTo(new Retention(180, 20_000, 10_000, Duration.ofDays(1)));
    assertThat(admin.store().retention()).isEqualTo(Retention.DEFAULTS);
    for (ThrowingCallable bad :
        List.<ThrowingCallable>of(
            () -> Retention.DEFAULTS.withStatsDays(0),
            () -> Retention.DEFAULTS.withQuestionsPerDay(-1),
            () -> Retention.DEFAULTS.withUnansweredMax(-1),
            () -> Retention.DEFAULTS.withOpenRounds(Duration.ZERO))) {
      assertThatThrownBy(bad).isInstanceOf(IllegalArgumentException.class);
    }
  }

  /** Records a question as the bot would, one second after the previous one. */
  static final class QuestionLogCheck {
    static void record(Admin admin, MutableClock clock, String q, boolean answered) {
      admin.questionLog().record(q, answer(answered ? Answer.Kind.ANSWER : Answer.Kind.FALLBACK));
      clock.advance(Duration.ofSeconds(1));
    }
  }

  @Test
  void aSeedThatIsNotANoticeIsRefused() {
    StoreConfig other = store(dir.resolve("other"));
    assertThatThrownBy(
            () -> Admin.open(other, new NoticeText("x", Optional.empty(), "\0\0"), clock, SHANGHAI))
        .isInstanceOf(AdminException.class)
        .hasMessageContaining("binary");
    // the lock was released: the directory opens with a good seed
    Admin.open(other, SPORTS, clock, SHANGHAI).close();
  }
}
