package chat.server.net;

import java.time.Duration;

/**
 * What the HTTP and socket edges allow one client, so that no client can hold the server's memory,
 * descriptors or threads: every limit has a safe default in {@code ServerConfig}.
 *
 * @param maxSockets open sockets on this node ({@code MAX_SOCKETS}); one more is closed with 1013
 * @param maxSocketsPerAddress open sockets from one client address ({@code
 *     MAX_SOCKETS_PER_ADDRESS}); one more is closed with {@link
 *     chat.protocol.CloseCodes#TOO_MANY_SOCKETS}
 * @param handshakeTimeout a TCP connection to the socket port that has not completed the WebSocket
 *     upgrade by then is dropped ({@code SOCKET_HANDSHAKE_TIMEOUT_MS})
 * @param authTimeout an upgraded socket that has not authenticated by then is closed with 4408
 *     ({@code SOCKET_AUTH_TIMEOUT_MS})
 * @param pingInterval a socket is pinged this often and dropped when no pong came for one and a
 *     half intervals ({@code SOCKET_PING_INTERVAL_SECONDS})
 * @param maxSendBacklogBytes bytes queued for a socket that is not reading; one more frame closes
 *     it with {@link chat.protocol.CloseCodes#TOO_SLOW} ({@code SOCKET_MAX_BACKLOG_BYTES})
 * @param httpRequestTimeout an HTTP request whose headers and body have not arrived by then is
 *     dropped ({@code HTTP_REQUEST_TIMEOUT_SECONDS})
 * @param httpResponseTimeout an HTTP response the client has not taken by then is dropped ({@code
 *     HTTP_RESPONSE_TIMEOUT_SECONDS})
 */
public record TransportLimits(
    int maxSockets,
    int maxSocketsPerAddress,
    Duration handshakeTimeout,
    Duration authTimeout,
    Duration pingInterval,
    long maxSendBacklogBytes,
    Duration httpRequestTimeout,
    Duration httpResponseTimeout) {}
