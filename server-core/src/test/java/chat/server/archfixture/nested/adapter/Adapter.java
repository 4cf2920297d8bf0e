package chat.server.archfixture.nested.adapter;

import chat.server.archfixture.nested.Port;

/** Breaks the rules on purpose: the adapter of the port above it. */
public final class Adapter implements Port {}
