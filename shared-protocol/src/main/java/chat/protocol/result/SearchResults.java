package chat.protocol.result;

import java.util.List;

/**
 * The result of {@code message.search}, newest first. {@code hasMore} says whether older results
 * lie beyond this page: ask for them with {@code before} set to the last result's messageId.
 */
public record SearchResults(List<SearchHit> results, boolean hasMore) {}
