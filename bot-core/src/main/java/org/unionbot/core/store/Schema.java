package org.unionbot.core.store;

import java.util.Arrays;
import java.util.Optional;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationInfoService;
import org.flywaydb.core.api.MigrationState;
import org.flywaydb.core.api.MigrationVersion;

/**
 * The schema version of a database against the migrations this release carries. A database that a
 * newer release migrated holds tables and columns this release does not know, and writing to it
 * with the older code could corrupt it quietly (a column it never fills, a table it never cleans):
 * Flyway's default ignores such "future" migrations, so {@link #requireNotNewer} refuses them
 * explicitly, before anything is migrated or written.
 */
final class Schema {

  private Schema() {}

  /** The newest version among the migrations this release carries, if any. */
  static Optional<MigrationVersion> known(MigrationInfoService info) {
    return Arrays.stream(info.all())
        .filter(m -> m.getState().isResolved() && m.getVersion() != null)
        .map(MigrationInfo::getVersion)
        .max(MigrationVersion::compareTo);
  }

  /** The newest version applied to the database, if any. */
  static Optional<MigrationVersion> applied(MigrationInfoService info) {
    return Arrays.stream(info.applied())
        .filter(m -> m.getVersion() != null)
        .map(MigrationInfo::getVersion)
        .max(MigrationVersion::compareTo);
  }

  /**
   * Refuses a database whose schema a newer release migrated.
   *
   * @param where the database, for the message
   * @param whatToDo how to go back, for the message (restore or pg_restore a backup)
   * @throws StoreException naming both versions and what to do
   */
  static void requireNotNewer(Flyway flyway, String where, String whatToDo) {
    MigrationInfoService info = flyway.info();
    boolean future =
        Arrays.stream(info.applied())
            .anyMatch(
                m ->
                    m.getState() == MigrationState.FUTURE_SUCCESS
                        || m.getState() == MigrationState.FUTURE_FAILED);
    if (future) {
      throw new StoreException(
          "the schema of "
              + where
              + " is at version "
              + applied(info).map(MigrationVersion::getVersion).orElse("?")
              + ", newer than this release of unionbot knows ("
              + known(info).map(MigrationVersion::getVersion).orElse("none")
              + "): a newer release has opened it. Run that release again, or "
              + whatToDo);
    }
  }
}
