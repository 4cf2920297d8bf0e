package chat.protocol.http;

import java.util.List;

/** The answer to {@code GET /api/auth/sessions}. */
public record SessionList(List<SessionInfo> sessions) {}
