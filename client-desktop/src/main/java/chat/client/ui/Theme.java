package chat.client.ui;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import chat.client.config.Settings.ThemeChoice;
import javafx.application.Application;
import javafx.application.ColorScheme;
import javafx.application.Platform;
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
    return switch (choice) {
      case LIGHT -> false;
      case DARK -> true;
      case SYSTEM -> Platform.getPreferences().getColorScheme() == ColorScheme.DARK;
    };
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
