package org.unionbot.server;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.unionbot.admin.NoticeFile;
import org.unionbot.admin.NoticeFiles;
import org.unionbot.core.admin.Actor;
import org.unionbot.core.admin.Admin;
import org.unionbot.core.admin.AdminException;
import org.unionbot.core.admin.Change;
import org.unionbot.core.admin.Document;
import org.unionbot.core.admin.DocumentInfo;
import org.unionbot.core.store.StoreConfig;
import org.unionbot.core.store.StoreException;
import org.unionbot.http.HttpError;
import org.unionbot.knowledge.Faq;
import org.unionbot.knowledge.KnowledgeBase;
import org.unionbot.knowledge.Synonym;
import org.unionbot.knowledge.index.Semantic;
import org.unionbot.knowledge.quiz.QuizItem;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code kb list|add|remove|export|import}: manage the knowledge base of a data directory while the
 * server is stopped. Each change makes a new version, exactly as the admin API does. While {@code
 * serve} runs on the same directory, every subcommand refuses with a message (exit code 2) instead
 * of changing anything under it.
 */
@Command(
    name = "kb",
    mixinStandardHelpOptions = true,
    description = "Manage the knowledge base of a data directory (with the server stopped).",
    subcommands = {
      KbCommand.ListCommand.class,
      KbCommand.AddCommand.class,
      KbCommand.RemoveCommand.class,
      KbCommand.ExportCommand.class,
      KbImportCommand.class
    })
final class KbCommand implements Runnable {
  static final Actor CLI = new Actor("cli", "");

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    throw new CommandLine.ParameterException(
        spec.commandLine(), "Missing subcommand: list, add, remove, export or import");
  }

  /** The settings of the store ({@link SettingOptions.Offline}) and opening it under its lock. */
  static final class DataOption extends SettingOptions.Offline {
    /** Runs {@code work} on the store of the data directory, holding its lock. */
    int withAdmin(AdminWork work) {
      ConfigLoader.Values settings = values();
      Path dir = settings.dataDir();
      StoreConfig store = settings.store();
      boolean semanticOn = settings.semantic();
      PrintWriter out = spec.commandLine().getOut();
      PrintWriter err = spec.commandLine().getErr();
      // opening the store builds the newest version, as serve does
      Semantic.configure(semanticOn ? Semantic.load(ServerConfig.nativeDir(dir)) : Semantic.off());
      try (Admin admin =
          Admin.open(
              store,
              KnowledgeBase.bundledNotice(),
              Clock.systemUTC(),
              org.unionbot.core.Bot.Settings.defaults().zone())) {
        work.run(admin, out);
        out.flush();
        return 0;
      } catch (StoreException e) {
        err.println("unionbot: " + e.getMessage());
        // SQLite: the data directory is in use (a usage error); PostgreSQL: the server failed
        return store.url().isPresent() ? 1 : Main.USAGE;
      } catch (AdminException e) {
        err.println("unionbot: " + e.getMessage());
        return Main.USAGE;
      } catch (IOException e) {
        err.println("unionbot: " + e.getMessage());
        return 1;
      }
    }
  }

  @FunctionalInterface
  interface AdminWork {
    void run(Admin admin, PrintWriter out) throws IOException;
  }

  @Command(name = "list", mixinStandardHelpOptions = true, description = "List the documents.")
  static final class ListCommand implements Callable<Integer> {
    @Mixin DataOption data;

    @Override
    public Integer call() {
      return data.withAdmin(
          (admin, out) -> {
            out.println("version " + admin.version());
            for (DocumentInfo d : admin.documents()) {
              out.printf("%s\t%d chars\t%s\t%s%n", d.id(), d.chars(), d.updatedAt(), d.title());
            }
          });
    }
  }

  @Command(name = "add", mixinStandardHelpOptions = true, description = "Add a notice file.")
  static final class AddCommand implements Callable<Integer> {
    @Parameters(
        index = "0",
        paramLabel = "FILE",
        description =
            "A notice: Word (.docx), a PDF with text, or plain text or Markdown in UTF-8 or GBK.")
    Path file;

    @Option(
        names = "--title",
        paramLabel = "T",
        description = "Its title (default: a Word title property, else its first line).")
    String title;

    @Mixin DataOption data;

    @CommandLine.Spec CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
      NoticeFile notice;
      try {
        notice = NoticeFiles.read(Files.readAllBytes(file));
      } catch (IOException e) {
        throw new CommandLine.ParameterException(
            spec.commandLine(), "cannot read " + file + ": " + e.getMessage());
      } catch (HttpError e) {
        throw new CommandLine.ParameterException(spec.commandLine(), file + ": " + e.getMessage());
      }
      String text = notice.text();
      String heading = notice.titleOr(Optional.ofNullable(title));
      return data.withAdmin(
          (admin, out) -> {
            Change change = admin.addDocument(CLI, heading, text);
            out.println("added " + change.id() + " as version " + change.version());
          });
    }
  }

  @Command(name = "remove", mixinStandardHelpOptions = true, description = "Remove a document.")
  static final class RemoveCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "ID", description = "The document id (see kb list).")
    String id;

    @Mixin DataOption data;

    @Override
    public Integer call() {
      return data.withAdmin(
          (admin, out) -> {
            Change change = admin.removeDocument(CLI, id);
            out.println("removed " + id + "; version " + change.version());
          });
    }
  }

  @Command(
      name = "export",
      mixinStandardHelpOptions = true,
      description =
          "Write the documents (one .txt each), FAQ pairs, synonyms, curated quiz items and the"
              + " menu to DIR.")
  static final class ExportCommand implements Callable<Integer> {
    private static final ObjectMapper JSON = new ObjectMapper();

    @Parameters(
        index = "0",
        paramLabel = "DIR",
        description = "Where to write (created if missing).")
    Path dir;

    @Mixin DataOption data;

    @Override
    public Integer call() {
      return data.withAdmin(
          (admin, out) -> {
            Files.createDirectories(dir);
            ObjectNode manifest = JSON.createObjectNode().put("version", admin.version());
            ArrayNode docs = manifest.putArray("documents");
            for (DocumentInfo info : admin.documents()) {
              Document d = admin.document(info.id()).orElseThrow();
              String name = d.id() + ".txt";
              Files.writeString(dir.resolve(name), d.text(), StandardCharsets.UTF_8);
              docs.addObject()
                  .put("id", d.id())
                  .put("title", d.title())
                  .put("file", name)
                  .put("updatedAt", d.updatedAt().toString());
            }
            ArrayNode faqs = manifest.putArray("faq");
            for (Faq f : admin.faqs()) {
              ObjectNode faq =
                  faqs.addObject()
                      .put("id", f.id())
                      .put("question", f.question())
                      .put("answer", f.answer());
              f.alternatives().forEach(faq.putArray("alternatives")::add);
            }
            ArrayNode synonyms = manifest.putArray("synonyms");
            for (Synonym s : admin.synonyms()) {
              synonyms.addObject().put("term", s.term()).put("canonical", s.canonical());
            }
            ArrayNode quiz = manifest.putArray("quiz");
            for (QuizItem q : admin.curatedQuiz()) {
              quiz.add(JSON.valueToTree(q));
            }
            admin.disabledQuiz().stream().sorted().forEach(manifest.putArray("disabledQuiz")::add);
            admin.menu().ifPresent(menu -> manifest.put("menu", menu));
            JSON.writerWithDefaultPrettyPrinter()
                .writeValue(dir.resolve("knowledge.json").toFile(), manifest);
            out.println(
                "exported version "
                    + admin.version()
                    + ": "
                    + docs.size()
                    + " documents to "
                    + dir);
          });
    }
  }
}
