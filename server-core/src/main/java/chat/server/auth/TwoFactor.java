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
      TwoFactorStore store,
      UserStore users,
      LoginGuard guard,
      AuditLog audit,
      String issuer,
      Clock clock) {
    TwoFactorRequirement requirement = new TwoFactorRequirement(store, new AdminGate(users), audit);
    TwoFactorParts parts =
        new TwoFactorParts(
            store,
            users,
            guard,
            new SecondFactorChallenges(store, clock),
            new SecondFactorCodes(store, clock),
            requirement,
            clock);
    return new TwoFactor(
        new TwoFactorService(parts, issuer), new SecondFactorSignIn(parts), requirement);
  }
}
