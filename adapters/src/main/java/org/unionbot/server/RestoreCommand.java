package org.unionbot.server;

import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.Callable;
import org.unionbot.core.admin.Backups;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/**
 * {@code restore FILE}: puts a backup in place as the data directory's database, with the server
 * stopped; the database it replaces is kept beside it under a dated name ({@link Backups#restore}).
 * A PostgreSQL store is refused with a pointer to {@code pg_restore}.
 */
@Command(
    name = "restore",
    mixinStandardHelpOptions = true,
    description =
        "Make the backup FILE the data directory's database (with the server stopped); the current"
            + " one is kept as unionbot.db.before-restore-<time>.")
final class RestoreCommand implements Callable<Integer> {

  @Parameters(index = "0", paramLabel = "FILE", description = "A file written by backup.")
  Path file;

  @Mixin SettingOptions.Store options;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() {
    Path dir =
        BackupCommand.StoreCommands.sqliteDir(
            spec,
            options,
            "restore a pg_dump file with pg_restore, e.g. pg_restore --clean --if-exists"
                + " --dbname=DBNAME unionbot.dump");
    return BackupCommand.StoreCommands.run(
        spec,
        out -> {
          Backups.Restored r = Backups.restore(file, dir, Clock.systemUTC());
          out.println(
              "restored "
                  + file
                  + " into "
                  + dir
                  + ": knowledge-base version "
                  + r.restored().kbVersion()
                  + ", "
                  + r.restored().players()
                  + " users with points, schema version "
                  + r.restored().schemaVersion()
                  + (r.schemaVersion() != r.restored().schemaVersion()
                      ? ", migrated to " + r.schemaVersion()
                      : ""));
          r.sideCopy()
              .ifPresentOrElse(
                  side -> out.println("the database it replaced is kept as " + side),
                  () -> out.println("there was no database to replace"));
        });
  }
}
