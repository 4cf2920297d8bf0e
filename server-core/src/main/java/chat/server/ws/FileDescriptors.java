package chat.server.ws;

import com.sun.management.UnixOperatingSystemMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.OperatingSystemMXBean;

/**
 * Whether the process has descriptors to spare. A listener started without them fails after it has
 * bound the port, and Java-WebSocket then leaves the bound channel open with nobody accepting: the
 * port would be lost for good. So the gateway listens anew only with room to spare.
 */
final class FileDescriptors {

  /** Far more than a listener needs (its channel, selector and wakeup pipe). */
  static final long HEADROOM = 64;

  private FileDescriptors() {}

  /**
   * True where the counts cannot be read (not a Unix). False when not one descriptor is left: the
   * JDK counts open descriptors by opening {@code /proc/self/fd}, and throws {@link InternalError}
   * when it cannot, which would otherwise end the scheduled task that asks.
   */
  static boolean haveHeadroom() {
    OperatingSystemMXBean os = ManagementFactory.getOperatingSystemMXBean();
    if (os instanceof UnixOperatingSystemMXBean unix) {
      try {
        return unix.getMaxFileDescriptorCount() - unix.getOpenFileDescriptorCount() >= HEADROOM;
      } catch (InternalError noDescriptorToCountWith) {
        return false;
      }
    }
    return true;
  }
}
