package org.unionbot.core.store;

import java.nio.file.Path;
import java.util.Optional;

/**
 * The data directory is in use by another process: a unionbot server, or a command run while it
 * serves. The message says which process when it can be told.
 */
public class StoreInUseException extends StoreException {

  private static final long serialVersionUID = 1L;

  private final transient Path dataDir;
  private final Long pid;

  public StoreInUseException(Path dataDir, Optional<Long> pid) {
    this(dataDir, pid, "");
  }

  /**
   * "unionbot is running on DIR (pid N): the data directory is in use by another process; stop it
   * first", then {@code hint} (what else to do) after a comma.
   */
  public StoreInUseException(Path dataDir, Optional<Long> pid, String hint) {
    super(
        "unionbot is running on "
            + dataDir
            + pid.map(p -> " (pid " + p + ")").orElse("")
            + ": the data directory is in use by another process; stop it first"
            + (hint.isEmpty() ? "" : ", " + hint));
    this.dataDir = dataDir;
    this.pid = pid.orElse(null);
  }

  /** The data directory. */
  public Path dataDir() {
    return dataDir;
  }

  /** The process using it, when known. */
  public Optional<Long> pid() {
    return Optional.ofNullable(pid);
  }
}
