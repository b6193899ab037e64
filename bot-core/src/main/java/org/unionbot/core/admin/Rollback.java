package org.unionbot.core.admin;

/**
 * The edit that serves version N's content again, as a new version, so history stays linear.
 * Rolling back to a version whose content is the current one changes nothing.
 */
final class Rollback {

  private Rollback() {}

  static Edit to(long version) {
    return (state, context) -> {
      KbState old =
          context
              .version(version)
              .orElseThrow(() -> AdminException.notFound("no version " + version));
      return Edit.Proposal.of("rollback", String.valueOf(version), old);
    };
  }
}
