package org.unionbot.core.admin;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import org.unionbot.core.store.Database;

/**
 * A text admins set that is kept as a setting beside the versions: storing it makes no version, but
 * is audited with the version serving. The public-account menu (WeChat menu-create JSON) and the
 * referral line for union matters outside the notices are such settings.
 *
 * @param name the setting's name, and its audit entry's target
 * @param action the audit entry's action
 * @param maxChars the longest value, in characters
 */
record TextSetting(String name, String action, int maxChars) {

  /** The public-account menu: WeChat menu-create JSON, checked by the channel. */
  static final TextSetting MENU = new TextSetting("menu", "put-menu", 65_536);

  /** The line a refusal of a union matter outside the notices refers workers with. */
  static final TextSetting REFERRAL = new TextSetting("referral", "put-referral", 500);

  Optional<String> read(Database db) {
    return db.read(c -> KbStore.setting(c, name));
  }

  /** Stores {@code value} (checked: not blank, not oversized) and audits it. */
  Change put(Store store, Actor who, String value, long version) {
    Objects.requireNonNull(who, "who");
    Database db = store.db();
    Instant at = store.clock().instant();
    String text = Checks.paragraph(name, value, maxChars);
    db.write(
        c -> {
          KbStore.putSetting(c, name, text, at);
          KbStore.audit(c, at, who, action, name, version);
          return null;
        });
    return new Change(name, version);
  }
}
