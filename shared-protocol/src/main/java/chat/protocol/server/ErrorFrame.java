package chat.protocol.server;

import chat.protocol.ErrorBody;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonTypeName;

/**
 * A failed request. {@code requestId} is null for a frame that could not be read, and is then
 * written as {@code "requestId":null}: the protocol shows it.
 */
@JsonTypeName("error")
public record ErrorFrame(@JsonInclude(JsonInclude.Include.ALWAYS) String requestId, ErrorBody error)
    implements ServerFrame {}
