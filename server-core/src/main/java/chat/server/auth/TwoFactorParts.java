package chat.server.auth;

import chat.server.store.TwoFactorStore;
import chat.server.store.UserStore;
import java.time.Clock;

/**
 * What the account's own two-factor setting ({@link TwoFactorService}) and the second step of a
 * login ({@link SecondFactorSignIn}) both work with, built once per node by {@link
 * TwoFactor#create} so that the two are handed the same parts.
 *
 * @param guard the login limits, which every code typed counts against
 * @param challenges the tokens of logins waiting for their second step
 * @param codes the check of a TOTP or recovery code
 */
record TwoFactorParts(
    TwoFactorStore store,
    UserStore users,
    LoginGuard guard,
    SecondFactorChallenges challenges,
    SecondFactorCodes codes,
    TwoFactorRequirement requirement,
    Clock clock) {}
