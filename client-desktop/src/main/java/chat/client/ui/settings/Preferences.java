package chat.client.ui.settings;

import chat.client.config.Settings;
import chat.client.config.Settings.Switch;
import chat.client.config.Settings.ThemeChoice;
import javafx.beans.Observable;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The settings the window follows as they change: theme, which key sends, do not disturb, hosting
 * again on start, the emoji picked last. Each is a property (or list) that starts from the {@link
 * Settings} file and saves to it on every change, so that the composer, the theme and the
 * notifications take a new choice at once, and the next start finds it.
 */
public final class Preferences {

  private final Settings settings;
  private final ObjectProperty<ThemeChoice> theme;
  private final BooleanProperty enterSends;
  private final BooleanProperty doNotDisturb;
  private final BooleanProperty hostOnStart;
  private final ObservableList<String> recentEmoji;

  public Preferences(Settings settings) {
    this.settings = settings;
    this.theme = new SimpleObjectProperty<>(settings.theme());
    this.enterSends = new SimpleBooleanProperty(settings.isOn(Switch.ENTER_SENDS));
    this.doNotDisturb = new SimpleBooleanProperty(settings.isOn(Switch.DO_NOT_DISTURB));
    this.hostOnStart = new SimpleBooleanProperty(settings.isOn(Switch.HOST_ON_START));
    this.recentEmoji = FXCollections.observableArrayList(settings.recentEmoji());
    recentEmoji.addListener((Observable list) -> settings.setRecentEmoji(recentEmoji));
    theme.addListener((obs, old, now) -> settings.setTheme(now));
    enterSends.addListener((obs, old, now) -> settings.set(Switch.ENTER_SENDS, now));
    doNotDisturb.addListener((obs, old, now) -> settings.set(Switch.DO_NOT_DISTURB, now));
    hostOnStart.addListener((obs, old, now) -> settings.set(Switch.HOST_ON_START, now));
  }

  /**
   * The settings file these come from, for the parts of the settings panel that are no property.
   */
  public Settings settings() {
    return settings;
  }

  public ObjectProperty<ThemeChoice> themeProperty() {
    return theme;
  }

  /** True: Enter sends and Shift+Enter breaks the line; false: Ctrl+Enter sends. */
  public BooleanProperty enterSendsProperty() {
    return enterSends;
  }

  /** The emoji picked last (for the composer or a reaction), most recent first. */
  public ObservableList<String> recentEmoji() {
    return recentEmoji;
  }

  public BooleanProperty doNotDisturbProperty() {
    return doNotDisturb;
  }

  /** An app that was hosting when it quit hosts again when it starts. */
  public BooleanProperty hostOnStartProperty() {
    return hostOnStart;
  }
}
