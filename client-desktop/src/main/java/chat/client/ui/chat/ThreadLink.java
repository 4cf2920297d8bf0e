package chat.client.ui.chat;

/**
 * The line over a reply that was also posted to the room: it names the thread's root ({@code text},
 * "Replied to a thread: bob: “Lunch?”") and opens that thread.
 */
public record ThreadLink(String rootId, String text) {}
