package chat.client.ui;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import chat.client.config.Settings.ThemeChoice;
import javafx.application.Application;
import javafx.application.ColorScheme;
import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.value.ObservableValue;
import javafx.scene.Scene;

/**
 * Light and dark: AtlantaFX's Primer themes as the user-agent stylesheet, and the app's own {@code
 * app.css}, which uses only the themes' looked-up colors so it suits both.
 */
public final class Theme {

  private static final String APP_CSS =
      Theme.class.getResource("/chat/client/ui/app.css").toExternalForm();

  private Theme() {}

  /** Whether {@code choice} means dark now: {@code SYSTEM} follows the desktop's colour scheme. */
  public static boolean dark(ThemeChoice choice) {
    return dark(choice, Platform.getPreferences().getColorScheme());
  }

  /** Whether {@code choice} means dark while the desktop uses {@code desktop}. */
  public static boolean dark(ThemeChoice choice, ColorScheme desktop) {
    return switch (choice) {
      case LIGHT -> false;
      case DARK -> true;
      case SYSTEM -> desktop == ColorScheme.DARK;
    };
  }

  /** Dark or not as {@code choice} and the desktop's scheme change, each at once. */
  public static BooleanBinding dark(
      ObservableValue<ThemeChoice> choice, ObservableValue<ColorScheme> desktop) {
    return Bindings.createBooleanBinding(
        () -> dark(choice.getValue(), desktop.getValue()), choice, desktop);
  }

  /**
   * Keeps the app on the theme {@code choice} names, now and on every change of it, and, while it
   * is {@code SYSTEM}, on every change of the desktop's colour scheme.
   */
  public static void follow(Scene scene, ObservableValue<ThemeChoice> choice) {
    BooleanBinding dark = dark(choice, Platform.getPreferences().colorSchemeProperty());
    apply(scene, dark.get());
    dark.addListener((obs, was, now) -> apply(scene, now));
    // The binding listens weakly to its sources: held by the scene, it lives as long as the window.
    scene.getProperties().put(Theme.class, dark);
  }

  /** Applies the theme to the whole application and adds the app's stylesheet to {@code scene}. */
  public static void apply(Scene scene, boolean dark) {
    Application.setUserAgentStylesheet(
        dark
            ? new PrimerDark().getUserAgentStylesheet()
            : new PrimerLight().getUserAgentStylesheet());
    if (!scene.getStylesheets().contains(APP_CSS)) {
      scene.getStylesheets().add(APP_CSS);
    }
  }
}
