package chat.server.chat;

import chat.protocol.model.Attachment;
import chat.protocol.model.Message;
import chat.protocol.model.Room;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/**
 * One line of an export's {@code rooms/<roomId>.jsonl}: a message of the exporting user as the
 * store has it now, edited or deleted ({@code deleted} true and empty {@code content}) included.
 * Absent parts are left out.
 *
 * @param files the names of the message's files, each under {@code files/<fileId>/} in the zip
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
record ExportedMessage(
    String roomId,
    String roomName,
    String messageId,
    long timestamp,
    String content,
    Long editedAt,
    Boolean deleted,
    String threadId,
    List<ExportedFile> files) {

  /** A file of a message: its id and name. */
  record ExportedFile(String fileId, String name) {}

  static ExportedMessage of(Room room, Message message) {
    List<Attachment> attachments = message.attachments();
    return new ExportedMessage(
        room.roomId(),
        room.name(),
        message.messageId(),
        message.timestamp(),
        message.content(),
        message.editedAt(),
        message.deleted(),
        message.threadId(),
        attachments == null
            ? null
            : attachments.stream().map(a -> new ExportedFile(a.fileId(), a.name())).toList());
  }
}
