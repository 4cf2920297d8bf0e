package chat.protocol.result;

import chat.protocol.model.ReadCursor;
import java.util.List;

/**
 * The result of {@code read.cursors}: the other members' read cursors, the furthest along first
 * (ties in any order), at most {@link chat.protocol.Limits#READ_CURSORS_MAX}.
 */
public record ReadCursorsResult(List<ReadCursor> cursors) {}
