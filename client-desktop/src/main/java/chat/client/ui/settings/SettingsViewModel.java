package chat.client.ui.settings;

import chat.client.net.Account;
import chat.client.net.Session;
import java.time.ZoneId;

/**
 * The settings panel: the preferences the window follows live, and the sections that talk to the
 * server (profile, sessions, password) or to the settings file (known servers).
 */
public final class SettingsViewModel {

  private final Preferences preferences;
  private final ProfileViewModel profile;
  private final SessionsViewModel sessions;
  private final PasswordViewModel password;
  private final KnownServersViewModel servers;

  /**
   * @param signedOutHere runs when "sign out everywhere" has signed this app out too
   */
  public SettingsViewModel(Session client, Preferences preferences, Runnable signedOutHere) {
    Account account = client.account();
    this.preferences = preferences;
    this.profile = new ProfileViewModel(account, client.meProperty());
    this.sessions = new SessionsViewModel(account, ZoneId.systemDefault(), signedOutHere);
    this.password = new PasswordViewModel(account, sessions::load);
    this.servers = new KnownServersViewModel(preferences.settings(), client.address().url());
  }

  public Preferences preferences() {
    return preferences;
  }

  public ProfileViewModel profile() {
    return profile;
  }

  public SessionsViewModel sessions() {
    return sessions;
  }

  public PasswordViewModel password() {
    return password;
  }

  public KnownServersViewModel servers() {
    return servers;
  }
}
