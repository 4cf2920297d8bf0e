package chat.client.support;

import java.awt.EventQueue;
import java.awt.MenuItem;
import java.awt.PopupMenu;
import java.awt.TrayIcon;
import java.awt.event.ActionEvent;
import java.awt.event.ActionListener;
import java.util.ArrayList;
import java.util.List;

/**
 * A tray icon used as a person uses it, for the probes that run with a real tray: its menu's
 * labels, and clicks delivered as AWT delivers them (an action event on AWT's thread), since a tray
 * panel's own windows are out of reach of a robot.
 */
public final class TrayClicks {

  private TrayClicks() {}

  /** The labels of the icon's menu, separators left out. */
  public static List<String> menu(TrayIcon icon) {
    PopupMenu menu = icon.getPopupMenu();
    List<String> labels = new ArrayList<>();
    for (int i = 0; i < menu.getItemCount(); i++) {
      if (!"-".equals(menu.getItem(i).getLabel())) {
        labels.add(menu.getItem(i).getLabel());
      }
    }
    return labels;
  }

  /** Chooses the menu item labelled {@code label}. */
  public static void choose(TrayIcon icon, String label) throws Exception {
    PopupMenu menu = icon.getPopupMenu();
    for (int i = 0; i < menu.getItemCount(); i++) {
      MenuItem item = menu.getItem(i);
      if (label.equals(item.getLabel())) {
        fire(item, item.getActionListeners(), label);
        return;
      }
    }
    throw new AssertionError("no menu item " + label);
  }

  private static void fire(Object source, ActionListener[] listeners, String command)
      throws Exception {
    EventQueue.invokeAndWait(
        () -> {
          for (ActionListener listener : listeners) {
            listener.actionPerformed(
                new ActionEvent(source, ActionEvent.ACTION_PERFORMED, command));
          }
        });
  }
}
