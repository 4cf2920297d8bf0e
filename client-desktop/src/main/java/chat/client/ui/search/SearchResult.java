package chat.client.ui.search;

import chat.protocol.model.Message;

/**
 * One row of the search panel: the message found, the name of its room, and its highlighted
 * snippet.
 */
public record SearchResult(Message message, String roomName, Snippet snippet) {}
