package chat.protocol.result;

import java.util.List;

/** The result of {@code message.search}, newest first. */
public record SearchResults(List<SearchHit> results) {}
