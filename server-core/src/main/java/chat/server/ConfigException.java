package chat.server;

import java.util.List;

/** The configuration is not usable; the message has one line per bad setting. */
public final class ConfigException extends RuntimeException {

  public ConfigException(List<String> problems) {
    super(String.join(System.lineSeparator(), problems));
  }
}
