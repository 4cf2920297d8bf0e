package chat.server.store;

/**
 * A login waiting for its second step.
 *
 * @param userId whose password was right
 * @param setupOnly true when the token allows only setting up two-factor sign-in (the server
 *     requires it and the account has none); false for the second step of a login
 * @param expiresAt when the token stops working, in epoch milliseconds
 */
public record SecondFactorChallenge(String userId, boolean setupOnly, long expiresAt) {}
