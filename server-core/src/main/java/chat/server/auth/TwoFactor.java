package chat.server.auth;

import chat.server.store.TwoFactorStore;
import chat.server.store.UserStore;
import java.time.Clock;

/**
 * Two-factor sign-in's services of one node, built together on one store: the account's own
 * setting, the second step of a login, and the server's requirement.
 */
public record TwoFactor(
    TwoFactorService accounts, SecondFactorSignIn signIn, TwoFactorRequirement requirement) {

  /**
   * @param issuer the server's name, which authenticator apps show beside the account
   */
  public static TwoFactor create(
      TwoFactorStore store, UserStore users, LoginGuard guard, String issuer, Clock clock) {
    SecondFactorChallenges challenges = new SecondFactorChallenges(store, clock);
    TwoFactorRequirement requirement = new TwoFactorRequirement(store, new AdminGate(users));
    return new TwoFactor(
        new TwoFactorService(store, users, guard, challenges, requirement, issuer, clock),
        new SecondFactorSignIn(store, users, guard, challenges, requirement, clock),
        requirement);
  }
}
