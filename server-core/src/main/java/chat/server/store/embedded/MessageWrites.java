package chat.server.store.embedded;

/**
 * What every write to stored messages goes through, shared by the appends ({@link
 * EmbeddedMessageStore}) and the changes ({@link EmbeddedMessageChangeStore}): one {@link
 * GroupCommit}, so that both share transactions and their fsync; the search index, kept in step in
 * the same transaction; and the rooms' one change log, which a reply's root and every edit,
 * deletion, reaction and pin move on.
 */
record MessageWrites(
    Database db, GroupCommit commits, EmbeddedSearchIndex searchIndex, RoomChangeLog changeLog) {}
