package chat.client.ui.settings;

import chat.client.net.Account;
import chat.client.net.Session;
import chat.protocol.Features;
import java.time.ZoneId;

/**
 * The settings panel: the preferences the window follows live, and the sections that talk to the
 * server (profile, sessions, password, two-factor sign-in, the account's data) or to the settings
 * file (known servers, rooms' notification levels).
 */
public record SettingsViewModel(
    Preferences preferences,
    ProfileViewModel profile,
    SessionsViewModel sessions,
    PasswordViewModel password,
    AccountDataViewModel data,
    TwoFactorViewModel twoFactor,
    KnownServersViewModel servers,
    RoomLevelsViewModel roomLevels) {

  /**
   * The sections for the user signed in on {@code client}.
   *
   * @param roomLevels the rooms with a notification level of their own
   * @param signedOutHere runs when "sign out everywhere" or deleting the account has signed this
   *     app out too
   */
  public static SettingsViewModel of(
      Session client,
      Preferences preferences,
      RoomLevelsViewModel roomLevels,
      Runnable signedOutHere) {
    Account account = client.account();
    SessionsViewModel sessions =
        new SessionsViewModel(account, ZoneId.systemDefault(), signedOutHere);
    return new SettingsViewModel(
        preferences,
        new ProfileViewModel(account, client.meProperty()),
        sessions,
        new PasswordViewModel(account, sessions::load),
        new AccountDataViewModel(account, signedOutHere),
        new TwoFactorViewModel(
            account, client.serverInfo().features().contains(Features.TWO_FACTOR)),
        new KnownServersViewModel(preferences.settings(), client.address().url()),
        roomLevels);
  }
}
