package org.unionbot.server;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.unionbot.core.admin.Backups;
import org.unionbot.core.store.SqliteDatabase;
import org.unionbot.core.store.StoreConfig;
import org.unionbot.core.store.StoreException;
import org.unionbot.core.store.StoreInUseException;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code backup FILE}: a consistent copy of the data directory's database, taken while {@code
 * serve} runs on it (or not), without its lock ({@link Backups#backup}). A PostgreSQL store is
 * refused with a pointer to {@code pg_dump}.
 */
@Command(
    name = "backup",
    mixinStandardHelpOptions = true,
    description =
        "Copy the data directory's database (knowledge-base versions, documents, FAQ, quiz, menu,"
            + " points, statistics, secrets) to FILE while the server runs.")
final class BackupCommand implements Callable<Integer> {

  @Parameters(index = "0", paramLabel = "FILE", description = "The backup file to write.")
  Path file;

  @Option(names = "--force", description = "Replace FILE when it exists (default: refuse).")
  boolean force;

  @Mixin SettingOptions.Store options;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() {
    Path dir =
        StoreCommands.sqliteDir(
            spec,
            options,
            "back it up with pg_dump, e.g. pg_dump --format=custom --file=unionbot.dump DBNAME");
    return StoreCommands.run(
        spec,
        out -> {
          Backups.Summary s = Backups.backup(dir, file, force);
          out.println(
              "backed up "
                  + dir.toAbsolutePath().normalize().resolve(SqliteDatabase.FILE_NAME)
                  + " to "
                  + file.toAbsolutePath().normalize()
                  + ": schema version "
                  + s.schemaVersion()
                  + ", knowledge-base version "
                  + s.kbVersion()
                  + ", "
                  + s.players()
                  + " users with points");
          Path secrets = dir.resolve(Secrets.FILE);
          if (Files.exists(secrets)) {
            out.println(
                "note: "
                    + secrets
                    + " (the generated WeChat and admin tokens) is not in the backup: keep a copy"
                    + " of it with the backup");
          }
        });
  }

  /** What {@code backup} and {@code restore} share: the exit codes. */
  static final class StoreCommands {
    private StoreCommands() {}

    @FunctionalInterface
    interface Work {
      void run(PrintWriter out);
    }

    /**
     * Runs {@code work}: 0 when done; 2 with the message when refused (bad file, directory in use);
     * 1 when reading or writing failed.
     */
    /**
     * The data directory of a SQLite store; a PostgreSQL store is a usage error naming what to use
     * instead ({@code instead}).
     */
    static Path sqliteDir(
        CommandLine.Model.CommandSpec spec, SettingOptions.Store options, String instead) {
      ConfigLoader.Values settings = options.values();
      StoreConfig store = settings.store();
      if (store.url().isPresent()) {
        throw new CommandLine.ParameterException(
            spec.commandLine(), "the store is PostgreSQL (" + store + "): " + instead);
      }
      return settings.dataDir();
    }

    static int run(CommandLine.Model.CommandSpec spec, Work work) {
      PrintWriter out = spec.commandLine().getOut();
      PrintWriter err = spec.commandLine().getErr();
      try {
        work.run(out);
        out.flush();
        return 0;
      } catch (Backups.RefusedException | StoreInUseException e) {
        err.println("unionbot: " + e.getMessage());
        return Main.USAGE;
      } catch (StoreException e) {
        err.println("unionbot: " + e.getMessage());
        return Main.FAILED;
      }
    }
  }
}
