package chat.protocol.server;

/** A frame the server sends: an answer to a request, or an event. */
public interface ServerFrame {}
