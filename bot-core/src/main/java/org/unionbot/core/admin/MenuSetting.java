package org.unionbot.core.admin;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import org.unionbot.core.store.Database;

/**
 * The public-account menu (WeChat menu-create JSON), kept as a setting beside the versions: storing
 * it makes no version, but is audited with the version serving.
 */
final class MenuSetting {

  /** The setting's name, and the audit entry's target. */
  static final String NAME = "menu";

  /** The longest menu JSON, in characters. */
  static final int MAX_CHARS = 65_536;

  private MenuSetting() {}

  static Optional<String> read(Database db) {
    return db.read(c -> KbStore.setting(c, NAME));
  }

  /** Stores the menu JSON (checked: not blank, not oversized) and audits it. */
  static Change put(Store store, Actor who, String menuJson, long version) {
    Objects.requireNonNull(who, "who");
    Database db = store.db();
    Instant at = store.clock().instant();
    String json = Checks.paragraph("menu", menuJson, MAX_CHARS);
    db.write(
        c -> {
          KbStore.putSetting(c, NAME, json, at);
          KbStore.audit(c, at, who, "put-menu", NAME, version);
          return null;
        });
    return new Change(NAME, version);
  }
}
