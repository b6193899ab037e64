package org.unionbot.server;

/**
 * A configuration value is missing, malformed or unknown. The message names the setting and what it
 * should look like, never a secret's value; {@code serve} prints it and exits with code 2.
 */
final class ConfigException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  ConfigException(String message) {
    super(message);
  }
}
