package chat.client;

import chat.client.ui.markdown.MessageMarkdown;
import org.slf4j.LoggerFactory;

/**
 * Starts, on a background thread, the one-time initialisation that the first window would otherwise
 * wait for on the JavaFX thread, so that it overlaps with the toolkit's own start: logback reading
 * its configuration (about a quarter of a second here, the first time any class asks for a logger),
 * and the Markdown parser's classes, which the first conversation shown needs.
 */
final class Warmup {

  private Warmup() {}

  static void start() {
    Thread.ofPlatform()
        .name("warm-up")
        .daemon()
        .start(
            () -> {
              LoggerFactory.getLogger(Warmup.class);
              MessageMarkdown.warmUp();
            });
  }
}
