package chat.client.ui.main;

import chat.client.ui.chat.EditKeys;
import chat.client.ui.rooms.RoomsViewModel;
import javafx.event.EventHandler;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;

/**
 * The main window's keyboard shortcuts: Ctrl+K opens the room switcher, Ctrl+F the message search,
 * Ctrl+, the settings; Alt+Up and Alt+Down go to the room above or below, Ctrl+Shift+A to the next
 * room with unread messages; Esc closes the newest open panel. Apart from {@link MainView} so that
 * the keys and what they do read as one table.
 */
final class MainShortcuts implements EventHandler<KeyEvent> {

  private static final KeyCombination JUMP =
      new KeyCodeCombination(KeyCode.K, KeyCombination.SHORTCUT_DOWN);
  private static final KeyCombination SETTINGS =
      new KeyCodeCombination(KeyCode.COMMA, KeyCombination.SHORTCUT_DOWN);
  private static final KeyCombination SEARCH =
      new KeyCodeCombination(KeyCode.F, KeyCombination.SHORTCUT_DOWN);
  private static final KeyCombination ROOM_ABOVE =
      new KeyCodeCombination(KeyCode.UP, KeyCombination.ALT_DOWN);
  private static final KeyCombination ROOM_BELOW =
      new KeyCodeCombination(KeyCode.DOWN, KeyCombination.ALT_DOWN);
  private static final KeyCombination NEXT_UNREAD =
      new KeyCodeCombination(KeyCode.A, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN);

  private final RoomsViewModel rooms;
  private final OpenPanels panels;
  private final Runnable jump;
  private final Runnable settings;
  private final Runnable search;

  /**
   * @param jump opens the room switcher
   * @param settings opens the settings
   * @param search opens the message search
   */
  MainShortcuts(
      RoomsViewModel rooms, OpenPanels panels, Runnable jump, Runnable settings, Runnable search) {
    this.rooms = rooms;
    this.panels = panels;
    this.jump = jump;
    this.settings = settings;
    this.search = search;
  }

  @Override
  public void handle(KeyEvent event) {
    if (JUMP.match(event)) {
      event.consume();
      jump.run();
    } else if (SETTINGS.match(event)) {
      event.consume();
      settings.run();
    } else if (SEARCH.match(event)) {
      event.consume();
      search.run();
    } else if (ROOM_ABOVE.match(event) || ROOM_BELOW.match(event)) {
      event.consume();
      rooms.selectAdjacent(ROOM_BELOW.match(event) ? 1 : -1);
    } else if (NEXT_UNREAD.match(event)) {
      event.consume();
      rooms.selectNextUnread();
    } else if (event.getCode() == KeyCode.ESCAPE
        && !EditKeys.keepsEscape(event)
        && panels.closeNewest()) {
      event.consume();
    }
  }
}
