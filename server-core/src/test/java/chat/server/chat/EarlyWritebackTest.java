package chat.server.chat;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A force starts only once a step of bytes is written, and one that failed fails the spooling
 * instead of passing unseen (a forced channel that is already closed cannot be forced).
 */
class EarlyWritebackTest {

  @TempDir Path dir;

  @Test
  void aForceThatFailedIsThrownWhenClosing() throws IOException {
    FileChannel channel = closedChannel();
    EarlyWriteback writeback = new EarlyWriteback(channel, 10);

    writeback.written(10);

    assertThatThrownBy(writeback::close).isInstanceOf(IOException.class);
  }

  @Test
  void lessThanAStepStartsNoForce() throws IOException {
    FileChannel channel = closedChannel();
    EarlyWriteback writeback = new EarlyWriteback(channel, 10);

    writeback.written(9);

    assertThatCode(writeback::close).doesNotThrowAnyException();
  }

  private FileChannel closedChannel() throws IOException {
    FileChannel channel =
        FileChannel.open(
            dir.resolve("spooled"), StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
    channel.close();
    return channel;
  }
}
