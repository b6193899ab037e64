package org.unionbot.server;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.unionbot.chat.ChatJson;
import org.unionbot.core.Bot;
import org.unionbot.core.Message;
import org.unionbot.core.Reply;
import org.unionbot.core.admin.Admin;
import org.unionbot.core.admin.AdminException;
import org.unionbot.core.score.ScoreStore;
import org.unionbot.core.score.SqlScoreStore;
import org.unionbot.core.store.StoreConfig;
import org.unionbot.core.store.StoreException;
import org.unionbot.knowledge.KnowledgeBase;
import org.unionbot.knowledge.NoticeText;
import org.unionbot.knowledge.index.Semantic;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code ask "问题"}: answers one question on stdout, as the chat API would. */
@Command(
    name = "ask",
    mixinStandardHelpOptions = true,
    description = "Answer one question and print the reply.")
final class AskCommand implements Callable<Integer> {

  @Parameters(index = "0", paramLabel = "QUESTION", description = "The question, in Chinese.")
  String question;

  @Option(names = "--json", description = "Print the chat API's JSON instead of the text.")
  boolean json;

  @Option(
      names = "--notice",
      paramLabel = "FILE",
      description = "Answer from this notice (plain text or Markdown) instead of the bundled one.")
  Path notice;

  @Mixin SettingOptions.Offline options;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() {
    if (question.isBlank()) {
      throw new CommandLine.ParameterException(spec.commandLine(), "QUESTION must not be empty");
    }
    ConfigLoader.Values settings = options.values();
    Path dir = settings.dataDir();
    StoreConfig store = settings.store();
    boolean semanticOn = settings.semantic();
    // the model loads on its own thread while the notice is read or the database opens
    Semantic.configure(semanticOn ? Semantic.load(ServerConfig.nativeDir(dir)) : Semantic.off());
    Reply reply;
    try {
      reply = notice != null ? askNotice(dir) : askDataDirectory(store);
    } catch (StoreException | AdminException e) {
      spec.commandLine().getErr().println("unionbot: " + e.getMessage());
      return 1;
    }
    PrintWriter out =
        new PrintWriter(new java.io.OutputStreamWriter(System.out, StandardCharsets.UTF_8), true);
    out.println(json ? ChatJson.write(reply) : reply.text());
    out.flush();
    return 0;
  }

  /** From the notice file given, keeping scores in the data directory. */
  private Reply askNotice(Path dir) {
    KnowledgeBase kb = KnowledgeBase.of(List.of(noticeText()));
    try (ScoreStore scores = SqlScoreStore.open(dir)) {
      return new Bot(kb, scores).handle(new Message.Text("cli", question));
    }
  }

  /** From the newest version in the data directory, as the server would answer. */
  private Reply askDataDirectory(StoreConfig store) {
    try (Admin admin =
        Admin.open(
            store,
            KnowledgeBase.bundledNotice(),
            Clock.systemUTC(),
            Bot.Settings.defaults().zone())) {
      return new Bot(admin.knowledge(), admin.scores()).handle(new Message.Text("cli", question));
    }
  }

  private NoticeText noticeText() {
    try {
      return Notices.read(Optional.ofNullable(notice));
    } catch (ConfigException e) {
      throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage());
    }
  }
}
