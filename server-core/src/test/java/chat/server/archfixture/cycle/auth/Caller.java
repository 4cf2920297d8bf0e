package chat.server.archfixture.cycle.auth;

/** Breaks the rules on purpose: the identity the chat package takes from auth. */
public record Caller(String userId) {}
