package org.unionbot.core.admin;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.unionbot.core.QuestionLog;
import org.unionbot.core.contest.ContestStore;
import org.unionbot.core.score.ScoreStore;
import org.unionbot.core.store.Database;
import org.unionbot.core.store.Retention;
import org.unionbot.core.store.StoreConfig;
import org.unionbot.knowledge.Content;
import org.unionbot.knowledge.Faq;
import org.unionbot.knowledge.KnowledgeBase;
import org.unionbot.knowledge.NoticeText;
import org.unionbot.knowledge.Synonym;
import org.unionbot.knowledge.answer.Faqs;
import org.unionbot.knowledge.quiz.QuizItem;

/**
 * The change pipeline as admins use it: each change is an {@link Edit} (documents, FAQ pairs,
 * synonyms, quiz items, rollback, a whole import), run by {@link ChangePipeline}, which validates,
 * builds the next version off to the side, commits it with its audit entry and swaps it in. A bad
 * request is an {@link AdminException} and nothing happens; a change that would not change the
 * content makes no version and returns the current one. Versions are numbered from 1 (the seed)
 * without gaps and never change once committed. Changes block on the database and the build: never
 * call them on an event loop. Reads of the current content come from memory.
 *
 * <p>{@link Store#open} opens the database and hands this out; the {@code open} methods here and
 * the store's accessors ({@link #scores}, ...) are shortcuts through it. Thread-safe.
 */
public final class Admin implements AutoCloseable {

  /** The longest document text, in characters. */
  public static final int MAX_TEXT_CHARS = Checks.MAX_TEXT;

  /** The longest document title, in characters. */
  public static final int MAX_TITLE_CHARS = Checks.MAX_TITLE;

  /** The lock file that says a process has the data directory open ({@link DirectoryLock}). */
  public static final String LOCK_FILE = DirectoryLock.FILE_NAME;

  /** The channel every node listens on; the payload is the version just committed. */
  public static final String CHANNEL = "unionbot_kb";

  /** How many times a change is rebuilt on a newer version that another node committed. */
  static final int ATTEMPTS = 5;

  private final Store store;
  private final ChangePipeline pipeline;

  Admin(Store store, ChangePipeline pipeline) {
    this.store = store;
    this.pipeline = pipeline;
  }

  /** {@link Store#open(Path, NoticeText, Clock, ZoneId)}'s change pipeline. */
  public static Admin open(Path dataDir, NoticeText seed, Clock clock, ZoneId zone) {
    return Store.open(dataDir, seed, clock, zone).admin();
  }

  /** {@link Store#open(StoreConfig, Optional, NoticeText, Clock, ZoneId)}, keeping no retention. */
  public static Admin open(StoreConfig config, NoticeText seed, Clock clock, ZoneId zone) {
    return Store.open(config, Optional.empty(), seed, clock, zone).admin();
  }

  /** The server's open: keeps what workers do as {@code retention} says. */
  public static Admin open(
      StoreConfig config, Retention retention, NoticeText seed, Clock clock, ZoneId zone) {
    return Store.open(config, Optional.of(retention), seed, clock, zone).admin();
  }

  /** {@link Store#open(Database, NoticeText, Clock, ZoneId)}'s change pipeline. */
  public static Admin open(Database db, NoticeText seed, Clock clock, ZoneId zone) {
    return Store.open(db, seed, clock, zone).admin();
  }

  /** The store this pipeline runs on. */
  public Store store() {
    return store;
  }

  public KnowledgeBase knowledge() {
    return pipeline.knowledge();
  }

  /** Contests and units ({@link Store#contests}). */
  public ContestStore contests() {
    return store.contests();
  }

  public ScoreStore scores() {
    return store.scores();
  }

  public QuestionLog questionLog() {
    return store.questionLog();
  }

  /** The version now serving. */
  public long version() {
    return pipeline.state().version();
  }

  /** Serves the latest committed version, if newer, and returns the one serving ({@link Store}). */
  public long refresh() {
    pipeline.refreshIfBehind();
    return version();
  }

  // ---- reads

  /** The documents of the version now serving, in the order they were added. */
  public List<DocumentInfo> documents() {
    return pipeline.state().documents().stream().map(KbState.Doc::info).toList();
  }

  public Optional<Document> document(String id) {
    return id == null ? Optional.empty() : pipeline.state().document(id).map(KbState.Doc::document);
  }

  public List<Faq> faqs() {
    return pipeline.state().faqs();
  }

  public List<Synonym> synonyms() {
    return pipeline.state().synonyms();
  }

  /** The curated quiz items: new ones, and edits of generated ones under the generated id. */
  public List<QuizItem> curatedQuiz() {
    return pipeline.state().quiz();
  }

  /** Ids of quiz items (generated or curated) that are never asked. */
  public Set<String> disabledQuiz() {
    return pipeline.state().disabled();
  }

  /** Every version, newest first. */
  public List<VersionInfo> versions() {
    return store.db().read(KbStore::versions);
  }

  /** Each version's sentence in plain Chinese ({@link History}), in the same order. */
  public List<String> describeVersions(List<VersionInfo> versions) {
    return describe(
        versions, (v, t) -> History.sentence(v.actor(), v.action(), v.target(), v.version(), t));
  }

  /** Each audit entry's sentence in plain Chinese ({@link History}), in the same order. */
  public List<String> describeAudit(List<AuditEntry> entries) {
    return describe(
        entries, (a, t) -> History.sentence(a.actor(), a.action(), a.target(), a.version(), t));
  }

  private <T> List<String> describe(
      List<T> items, java.util.function.BiFunction<T, History.Titles, String> sentence) {
    return store
        .db()
        .read(
            c -> {
              HistoryTitles titles = new HistoryTitles(c, pipeline::generated);
              return items.stream().map(i -> sentence.apply(i, titles)).toList();
            });
  }

  /**
   * What a rollback to {@code version} would change in the version serving.
   *
   * @throws AdminException when there is no such version
   */
  public VersionDiff diff(long version) {
    KbState now = pipeline.state();
    KbState then =
        pipeline
            .version(version)
            .orElseThrow(() -> AdminException.notFound("no version " + version));
    return VersionDiff.of(now, then, pipeline::generated);
  }

  /** The questions the bot could not answer, most asked first, then most recent. */
  public List<Unanswered> unanswered(int limit) {
    Checks.limit(limit);
    store.questions().flush();
    return store.db().read(c -> QuestionReports.unanswered(c, limit));
  }

  /** Questions and quiz results over the last {@code days} days (1–366), today included. */
  public Stats stats(int days) {
    Checks.days(days);
    store.questions().flush();
    LocalDate today = LocalDate.ofInstant(store.clock().instant(), store.zone());
    return store.db().read(c -> store.questions().stats(c, days, today));
  }

  /** The latest changes, newest first. */
  public List<AuditEntry> audit(int limit) {
    Checks.limit(limit);
    return store.db().read(c -> KbStore.audit(c, limit));
  }

  /** The public-account menu (WeChat menu-create JSON), once an admin stored one. */
  public Optional<String> menu() {
    return TextSetting.MENU.read(store.db());
  }

  /**
   * The line that refers workers asking about union matters outside the notices (wages, dues,
   * complaints…), once an admin stored one; the bot's default otherwise.
   */
  public Optional<String> referral() {
    return TextSetting.REFERRAL.read(store.db());
  }

  // ---- changes: one edit each (see its file)

  public Change addDocument(Actor who, String title, String text) {
    return pipeline.change(who, DocumentEdits.add(title, text));
  }

  public Change replaceDocument(Actor who, String id, String title, String text) {
    return pipeline.change(who, DocumentEdits.replace(id, title, text));
  }

  public Change removeDocument(Actor who, String id) {
    return pipeline.change(who, DocumentEdits.remove(id));
  }

  public Change addFaq(Actor who, String question, String answer) {
    return addFaq(who, question, answer, List.of());
  }

  /** Adds a pair with alternative wordings (blank and repeated ones left out). */
  public Change addFaq(Actor who, String question, String answer, List<String> alternatives) {
    return pipeline.change(who, FaqEdits.add(question, answer, alternatives));
  }

  /** Updates a pair's question and answer; its alternatives stay. */
  public Change updateFaq(Actor who, String id, String question, String answer) {
    return updateFaq(who, id, question, answer, null);
  }

  /** Updates a pair; {@code alternatives} replace its own, or null keeps them. */
  public Change updateFaq(
      Actor who, String id, String question, String answer, List<String> alternatives) {
    return pipeline.change(who, FaqEdits.update(id, question, answer, alternatives));
  }

  public Change removeFaq(Actor who, String id) {
    return pipeline.change(who, FaqEdits.remove(id));
  }

  /** Adds the FAQ pair and removes the question from the unanswered list, in one transaction. */
  public Change faqFromUnanswered(Actor who, String text, String answer) {
    // flushed first, so that a queued repeat of the question cannot bring it back
    return pipeline.change(who, FaqEdits.fromUnanswered(text, answer), store.questions()::flush);
  }

  /**
   * Attaches an unanswered question to FAQ pair {@code id} as an alternative wording and removes it
   * from the unanswered list, in one transaction.
   */
  public Change attachUnanswered(Actor who, String text, String id) {
    return pipeline.change(who, FaqEdits.attach(text, id), store.questions()::flush);
  }

  /**
   * The FAQ pairs nearest a question, nearest first, at most {@code limit} (1–20): where an
   * unanswered question may belong ({@link KnowledgeBase#nearestFaqs}).
   */
  public List<Faqs.Match> nearestFaqs(String question, int limit) {
    if (limit < 1 || limit > 20) {
      throw AdminException.invalid("limit must be 1 to 20");
    }
    return knowledge().nearestFaqs(question, limit);
  }

  /**
   * Takes a question off the unanswered list for good (audited as ignore-unanswered); the next time
   * it is asked it is counted but not listed. Whether it was listed.
   */
  public boolean ignoreUnanswered(Actor who, String text) {
    String t = Checks.line("text", text, Checks.MAX_QUESTION);
    return onUnanswered(
        who, "ignore-unanswered", t, (c, at) -> UnansweredIgnores.ignore(c, t, at, who));
  }

  /**
   * Takes every listed question of a kind off the unanswered list, now and from now on (audited as
   * ignore-unanswered-kind). The only kind is {@code noise}: greetings, fillers, emoji and marks
   * that small talk did not catch. Returns how many were listed.
   */
  public int ignoreUnansweredKind(Actor who, String kind) {
    if (kind == null || !UnansweredIgnores.isKind(kind)) {
      throw AdminException.invalid("kind must be \"" + UnansweredIgnores.NOISE + "\"");
    }
    return onUnanswered(
        who,
        "ignore-unanswered-kind",
        kind,
        (c, at) -> UnansweredIgnores.ignoreKind(c, kind, at, who));
  }

  /** A change to the unanswered list at a time, in a transaction with its audit entry. */
  private interface UnansweredChange<T> {
    T apply(Connection c, Instant at) throws SQLException;
  }

  /**
   * Runs {@code change} on the unanswered list, the questions still buffered written first, in one
   * transaction with its audit entry ({@code action} on {@code target}, the version serving).
   */
  private <T> T onUnanswered(Actor who, String action, String target, UnansweredChange<T> change) {
    store.questions().flush();
    long version = version();
    return store
        .db()
        .write(
            c -> {
              Instant at = store.clock().instant();
              T result = change.apply(c, at);
              KbStore.audit(c, at, who, action, target, version);
              return result;
            });
  }

  public Change putSynonym(Actor who, String term, String canonical) {
    return pipeline.change(who, SynonymEdits.put(term, canonical));
  }

  public Change removeSynonym(Actor who, String term) {
    return pipeline.change(who, SynonymEdits.remove(term));
  }

  public Change addQuizItem(Actor who, QuizDraft draft) {
    return pipeline.change(who, QuizEdits.add(draft));
  }

  public Change updateQuizItem(Actor who, String id, QuizDraft draft) {
    return pipeline.change(who, QuizEdits.update(id, draft));
  }

  public Change disableQuizItem(Actor who, String id) {
    return pipeline.change(who, QuizEdits.disable(id));
  }

  public Change enableQuizItem(Actor who, String id) {
    return pipeline.change(who, QuizEdits.enable(id));
  }

  public Change rollback(Actor who, long version) {
    return pipeline.change(who, Rollback.to(version));
  }

  /**
   * Replaces the whole content with {@code content}, as one new version ({@link ContentImport}).
   */
  public Change replaceContent(Actor who, Content content) {
    return pipeline.change(who, ContentImport.of(content));
  }

  /**
   * Stores the menu JSON; the caller validates it against WeChat's limits ({@link TextSetting}).
   */
  public void putMenu(Actor who, String menuJson) {
    pipeline.locked(() -> TextSetting.MENU.put(store, who, menuJson, pipeline.state().version()));
  }

  /**
   * Audits a menu publication (action {@code publish-menu}): {@code who} sent the stored menu,
   * whose content {@code target} names (for example {@code menu@1a2b3c4d:wechat,wecom}), with the
   * knowledge-base version serving. Makes no version.
   */
  public Change auditMenuPublished(Actor who, String target) {
    return pipeline.locked(
        () -> {
          long version = pipeline.state().version();
          store
              .db()
              .write(
                  c -> {
                    KbStore.audit(c, store.clock().instant(), who, "publish-menu", target, version);
                    return null;
                  });
          return new Change(target, version);
        });
  }

  /**
   * Stores the referral line (not blank, at most 500 characters, audited as put-referral); the bot
   * uses it from the next question on.
   *
   * @throws AdminException when it is blank or too long
   */
  public void putReferral(Actor who, String line) {
    pipeline.locked(() -> TextSetting.REFERRAL.put(store, who, line, pipeline.state().version()));
  }

  /** Closes the store ({@link Store#close}). Idempotent. */
  @Override
  public void close() {
    store.close();
  }
}
