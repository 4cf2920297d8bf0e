package chat.client.notify;

/**
 * Where the app announces a message: the desktop's notification service, the tray, or a toast in
 * the window. The rules of who is told what live in {@link Alerts}; a notifier only shows.
 */
public interface Notifier {

  /**
   * Shows a notification. {@code onClick} runs on the FX thread if the person clicks it (it opens
   * the message's room); a notification that expires or is dismissed runs nothing.
   */
  void show(String title, String body, Runnable onClick);
}
