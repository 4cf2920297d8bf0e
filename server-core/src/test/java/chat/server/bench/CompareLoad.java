package chat.server.bench;

/**
 * The load {@link CompareScenario} puts on every server, from system properties with these
 * defaults: {@code bench.clients} (1,000, one socket each), {@code bench.roomSize} (100), {@code
 * bench.deliveries} (10,000 a second), {@code bench.warmUpSeconds} (20: five left our JIT compiler
 * busy through the measured step) and {@code bench.seconds} (10); and {@code bench.connects}
 * (5,000), the sockets opened on each fresh server to time its handshakes.
 */
record CompareLoad(
    int clients,
    int roomSize,
    int deliveriesPerSecond,
    double warmUpSeconds,
    double seconds,
    int connects) {

  static CompareLoad fromSystemProperties() {
    return new CompareLoad(
        Integer.getInteger("bench.clients", 1_000),
        Integer.getInteger("bench.roomSize", 100),
        Integer.getInteger("bench.deliveries", 10_000),
        Double.parseDouble(System.getProperty("bench.warmUpSeconds", "20")),
        Double.parseDouble(System.getProperty("bench.seconds", "10")),
        Integer.getInteger("bench.connects", 5_000));
  }

  double messagesPerSecond() {
    return (double) deliveriesPerSecond / roomSize;
  }
}
