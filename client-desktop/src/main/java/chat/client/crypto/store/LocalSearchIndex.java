package chat.client.crypto.store;

import chat.protocol.search.SearchTerm;
import chat.protocol.search.SearchText;
import java.io.IOException;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * The app's own search over the decrypted messages of encrypted rooms, which the server cannot
 * index: an inverted index from each folded word to the messages holding it, with words split,
 * folded and matched exactly as the server's search does ({@link SearchText}, {@link SearchTerm}:
 * every term must match, a phrase word after word, a prefix term's last word by its start, in the
 * body or in the files' names). Kept in memory, saved sealed in the {@link DeviceKeyStore}. Not
 * thread-safe: its caller serializes access, as to the key store.
 */
public final class LocalSearchIndex {

  /** A message found, newest first; also the cursor to ask for the ones after it. */
  public record Hit(String roomId, String messageId, long timestamp, String senderId) {}

  /**
   * @param next the cursor for the next page: the last hit, when more may follow; else null
   */
  public record Page(List<Hit> hits, Hit next) {}

  private record Key(String roomId, String messageId) {}

  private static final Comparator<IndexedMessage> NEWEST_FIRST =
      Comparator.comparingLong(IndexedMessage::timestamp)
          .thenComparing(IndexedMessage::roomId)
          .thenComparing(IndexedMessage::messageId)
          .reversed();

  private final Map<Key, IndexedMessage> messages = new HashMap<>();
  private final TreeMap<String, Set<Key>> postings = new TreeMap<>();

  /** The index as {@code store} last saved it; empty if it never did. */
  public static LocalSearchIndex load(DeviceKeyStore store) throws IOException {
    LocalSearchIndex index = new LocalSearchIndex();
    store.read(StoreFile.SEARCH_INDEX).orElse(List.of()).forEach(index::add);
    return index;
  }

  public void save(DeviceKeyStore store) throws IOException {
    store.write(StoreFile.SEARCH_INDEX, List.copyOf(messages.values()));
  }

  /**
   * Indexes a decrypted message, or re-indexes it after an edit: what it held before is forgotten.
   *
   * @param body the message's Markdown, as decrypted
   * @param fileNames the names of its files, as decrypted
   */
  public void put(
      String roomId,
      String messageId,
      long timestamp,
      String senderId,
      String body,
      List<String> fileNames) {
    remove(roomId, messageId);
    List<String> fileWords =
        fileNames.stream().flatMap(name -> SearchText.foldedWords(name).stream()).toList();
    add(
        new IndexedMessage(
            roomId, messageId, timestamp, senderId, SearchText.messageWords(body), fileWords));
  }

  /** Forgets a message, once deleted. */
  public void remove(String roomId, String messageId) {
    Key key = new Key(roomId, messageId);
    IndexedMessage gone = messages.remove(key);
    if (gone == null) {
      return;
    }
    for (String word : wordsOf(gone)) {
      Set<Key> holders = postings.get(word);
      holders.remove(key);
      if (holders.isEmpty()) {
        postings.remove(word);
      }
    }
  }

  /**
   * The messages of {@code roomIds} that every one of {@code terms} matches, newest first.
   *
   * @param terms at least one
   * @param after the previous page's {@link Page#next()}, or null for the first page
   */
  public Page search(Collection<String> roomIds, List<SearchTerm> terms, Hit after, int limit) {
    if (terms.isEmpty() || limit < 1) {
      throw new IllegalArgumentException("a search needs a term and a limit of at least one");
    }
    Set<Key> candidates = null;
    for (SearchTerm term : terms) {
      Set<Key> holders = holdersOf(term);
      if (candidates == null) {
        candidates = holders;
      } else {
        candidates.retainAll(holders);
      }
    }
    Set<String> rooms = Set.copyOf(roomIds);
    List<IndexedMessage> found =
        candidates.stream()
            .map(messages::get)
            .filter(message -> rooms.contains(message.roomId()))
            .filter(message -> terms.stream().allMatch(term -> matches(term, message)))
            .filter(message -> after == null || NEWEST_FIRST.compare(message, cursor(after)) > 0)
            .sorted(NEWEST_FIRST)
            .limit(limit + 1L)
            .toList();
    List<Hit> hits = found.stream().limit(limit).map(LocalSearchIndex::hit).toList();
    return new Page(hits, found.size() > limit ? hits.getLast() : null);
  }

  private void add(IndexedMessage message) {
    Key key = new Key(message.roomId(), message.messageId());
    messages.put(key, message);
    for (String word : wordsOf(message)) {
      postings.computeIfAbsent(word, w -> new HashSet<>()).add(key);
    }
  }

  /** The messages holding every word of {@code term}, its last one by its start if a prefix. */
  private Set<Key> holdersOf(SearchTerm term) {
    List<String> words = term.words();
    Set<Key> holders = new HashSet<>(withWord(words.getLast(), term.prefix()));
    for (String word : words.subList(0, words.size() - 1)) {
      holders.retainAll(withWord(word, false));
    }
    return holders;
  }

  private Set<Key> withWord(String word, boolean prefix) {
    if (!prefix) {
      return postings.getOrDefault(word, Set.of());
    }
    Set<Key> holders = new HashSet<>();
    SortedMap<String, Set<Key>> starting = postings.subMap(word, word + Character.MAX_VALUE);
    starting.values().forEach(holders::addAll);
    return holders;
  }

  private static boolean matches(SearchTerm term, IndexedMessage message) {
    return term.isIn(message.words()) || term.isIn(message.fileWords());
  }

  private static Set<String> wordsOf(IndexedMessage message) {
    Set<String> words = new HashSet<>(message.words());
    words.addAll(message.fileWords());
    return words;
  }

  private static Hit hit(IndexedMessage message) {
    return new Hit(message.roomId(), message.messageId(), message.timestamp(), message.senderId());
  }

  private static IndexedMessage cursor(Hit hit) {
    return new IndexedMessage(
        hit.roomId(), hit.messageId(), hit.timestamp(), hit.senderId(), List.of(), List.of());
  }
}
