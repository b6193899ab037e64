package org.unionbot.core.admin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.unionbot.core.admin.Notices.LIBRARY_TEXT;
import static org.unionbot.core.admin.Notices.LIBRARY_TITLE;
import static org.unionbot.core.admin.Notices.SHANGHAI;
import static org.unionbot.core.admin.Notices.SPORTS;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.unionbot.core.score.MutableClock;
import org.unionbot.core.store.StoreConfig;

/** The history as Chinese sentences, and the diff a rollback shows first. */
class HistoryTest {

  static final Actor WANG = new Actor("王丽", "10.0.0.7");

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

  private List<String> versions() {
    return admin.describeVersions(admin.versions());
  }

  @Test
  void everyChangeReadsAsASentenceNamingItsTitleNotItsId() {
    String doc = admin.addDocument(WANG, LIBRARY_TITLE, LIBRARY_TEXT).id();
    String faq = admin.addFaq(WANG, "高温津贴每个月多少钱", "每月300元。").id();
    admin.updateFaq(WANG, faq, "高温津贴每月发多少", "每月300元。");
    admin.putSynonym(WANG, "高温费", "高温津贴");
    String quiz = admin.addQuizItem(WANG, AdminTest.choice()).id();
    admin.updateQuizItem(WANG, quiz, AdminTest.blank());
    admin.disableQuizItem(WANG, quiz);
    admin.removeDocument(WANG, doc);
    admin.removeFaq(new Actor("admin", ""), faq);
    admin.rollback(WANG, 5);

    assertThat(versions())
        .containsExactly(
            "王丽 回滚到版本 5",
            "管理员 删除了问答「高温津贴每月发多少」",
            "王丽 删除了文档「职工书屋开放」",
            "王丽 停用了题目「运动会设（____）个项目。」",
            "王丽 修改了题目「运动会设（____）个项目。」",
            "王丽 新增题目「职工运动会在哪里举办？」",
            "王丽 设置同义词「高温费」，当作「高温津贴」来理解",
            "王丽 修改了问答「高温津贴每月发多少」",
            "王丽 新增问答「高温津贴每个月多少钱」",
            "王丽 上传了文档「职工书屋开放」",
            "系统 建立了知识库，收入通知「关于举办职工运动会的通知」");
    assertThat(versions()).noneMatch(s -> s.contains(doc) || s.contains(faq) || s.contains(quiz));
    assertThat(admin.describeAudit(admin.audit(3)))
        .containsExactly("王丽 回滚到版本 5", "管理员 删除了问答「高温津贴每月发多少」", "王丽 删除了文档「职工书屋开放」");
  }

  @Test
  void unknownTitlesAndActionsStillReadAsChinese() {
    History.Titles none =
        new History.Titles() {
          @Override
          public Optional<String> document(String id, long version) {
            return Optional.empty();
          }

          @Override
          public Optional<String> faq(String id, long version) {
            return Optional.empty();
          }

          @Override
          public Optional<String> synonym(String term, long version) {
            return Optional.empty();
          }

          @Override
          public Optional<String> quiz(String id, long version) {
            return Optional.empty();
          }
        };
    assertThat(History.sentence("cli", "remove-document", "doc-3", 4, none))
        .isEqualTo("命令行 删除了一份文档");
    assertThat(History.sentence("system", "seed", "notice", 1, none)).isEqualTo("系统 建立了知识库");
    assertThat(History.sentence("admin-token", "something-new", "x-1", 4, none))
        .isEqualTo("管理员 修改了知识库");
    assertThat(History.sentence("王丽", "put-menu", "menu", 4, none)).isEqualTo("王丽 保存了公众号菜单");
    assertThat(History.sentence("王丽", "attach-unanswered", "faq-2", 4, none))
        .isEqualTo("王丽 把一个新问法归入一条问答");
    assertThat(History.sentence("王丽", "ignore-unanswered", "测试一下", 4, none))
        .isEqualTo("王丽 忽略了未答问题「测试一下」");
    assertThat(History.sentence("王丽", "ignore-unanswered-kind", "noise", 4, none))
        .isEqualTo("王丽 忽略了所有寒暄和无意义的未答问题");
    assertThat(History.sentence("王丽", "publish-menu", "menu@1a2b3c4d:wechat,wecom", 4, none))
        .isEqualTo("王丽 把菜单发布到公众号和企业微信");
    assertThat(History.sentence("王丽", "publish-menu", "menu@1a2b3c4d:wecom", 4, none))
        .isEqualTo("王丽 把菜单发布到企业微信");
    assertThat(History.quote("一".repeat(40))).hasSize(History.MAX_QUOTE + 2).endsWith("…」");
  }

  @Test
  void theDiffSaysWhatARollbackWouldBringBackRemoveAndChange() {
    String faq = admin.addFaq(WANG, "高温津贴每个月多少钱", "每月300元。").id(); // v2
    admin.putSynonym(WANG, "高温费", "高温津贴"); // v3
    String quiz = admin.addQuizItem(WANG, AdminTest.choice()).id(); // v4
    admin.addDocument(WANG, LIBRARY_TITLE, LIBRARY_TEXT); // v5
    admin.updateFaq(WANG, faq, "高温津贴每个月多少钱", "每月350元。"); // v6
    admin.removeSynonym(WANG, "高温费"); // v7
    admin.disableQuizItem(WANG, quiz); // v8

    VersionDiff diff = admin.diff(4);
    assertThat(diff.current()).isEqualTo(8);
    assertThat(diff.documents().removed())
        .extracting(VersionDiff.Item::title)
        .containsExactly(LIBRARY_TITLE);
    assertThat(diff.documents().added()).isEmpty();
    assertThat(diff.faqs().changed()).containsExactly(new VersionDiff.Item(faq, "高温津贴每个月多少钱"));
    assertThat(diff.synonyms().added()).containsExactly(new VersionDiff.Item("高温费", "高温费 → 高温津贴"));
    assertThat(diff.quizEnabled()).containsExactly(new VersionDiff.Item(quiz, "职工运动会在哪里举办？"));
    assertThat(diff.lines())
        .containsExactly(
            "删除文档「职工书屋开放」",
            "把问答「高温津贴每个月多少钱」改回版本 4 的样子",
            "恢复同义词「高温费 → 高温津贴」",
            "重新启用题目「职工运动会在哪里举办？」");
    assertThat(diff.summary()).startsWith("回滚到版本 4 会：删除文档「职工书屋开放」；");

    VersionDiff back = admin.diff(1);
    assertThat(back.faqs().removed()).extracting(VersionDiff.Item::id).containsExactly(faq);
    assertThat(back.quiz().removed()).extracting(VersionDiff.Item::id).containsExactly(quiz);
    assertThat(back.quizEnabled()).isEmpty(); // a removed item is not asked either way

    assertThat(admin.diff(8).isEmpty()).isTrue();
    assertThat(admin.diff(8).summary()).isEqualTo("版本 8 的内容和现在一样，回滚不会改变任何内容。");
    assertThat(admin.version()).isEqualTo(8); // reading a diff changes nothing

    admin.rollback(WANG, 4);
    assertThat(admin.diff(4).isEmpty()).isTrue();
    assertThatThrownBy(() -> admin.diff(99))
        .isInstanceOfSatisfying(
            AdminException.class,
            e -> assertThat(e.reason()).isEqualTo(AdminException.Reason.NOT_FOUND));
  }
}
