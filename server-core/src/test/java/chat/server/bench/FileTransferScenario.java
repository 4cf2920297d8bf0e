package chat.server.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * Scenario 7: files. One user in one room uploads a {@value #MIB} MiB file of random bytes and
 * downloads it again, a few rounds after {@value #WARMUP_ROUNDS} untimed ones, each round with
 * other first bytes (so the server's dedupe by SHA-256 never skips the work); in each round the
 * same file is also copied on the same disk with {@code cp}, {@code cp} and {@code sync}, and
 * {@code Files.copy} and an fsync ({@link CopyBaseline}), so the transfers compare with what the
 * disk itself makes in the same minute. Uploads stream from the file and downloads to one, over
 * HTTP/1.1 on loopback. Then a 12 MP JPEG is uploaded a few times, and its thumbnail fetched when
 * the server answers one.
 */
final class FileTransferScenario implements Scenario {

  static final int MIB = 100;
  private static final long BYTES = (long) MIB << 20;
  private static final int ROUNDS = 5;

  /**
   * Untimed rounds first: a server runs for days, so its upload and download paths are compiled
   * long before anyone times them; a fresh one compiles them during its first transfers, on the
   * same two cores.
   */
  private static final int WARMUP_ROUNDS = 2;

  private static final int JPEG_ROUNDS = 5;

  /** No new round starts after this long, so a slow disk bounds the run. */
  private static final long ROUNDS_NANOS = 150_000_000_000L;

  private static final long THUMBNAIL_WAIT_NANOS = 30_000_000_000L;

  @Override
  public Map<String, String> settings() {
    return Map.of(
        "FILES_MAX_BYTES",
        Long.toString(BYTES + (1 << 20)),
        "FILES_QUOTA_BYTES_PER_USER",
        Long.toString(64L << 30),
        "FILES_UPLOADS_PER_MINUTE",
        "1000",
        "HTTP_REQUEST_TIMEOUT_SECONDS",
        "300");
  }

  @Override
  public void run(BenchCluster cluster, Report report) throws Exception {
    Path scratch = Files.createDirectories(cluster.dataDir(0).resolveSibling("files-scratch"));
    Path source = randomFile(scratch.resolve("random.bin"));
    try (ChatSetup setup = new ChatSetup(cluster, "files", 1, 1);
        FileClient client =
            new FileClient(cluster.api(0).baseUrl(), setup.users.getFirst().token());
        PeakRss rss = new PeakRss(cluster.pids())) {
      String roomId = setup.rooms(1, "files").getFirst().roomId();
      ProcessCost.collectGarbage(cluster.pids().getFirst());
      long rssBefore = cluster.cost().rssBytes();
      Map<CopyBaseline.Kind, List<Long>> copies = new EnumMap<>(CopyBaseline.Kind.class);
      List<Long> uploads = new ArrayList<>();
      List<Long> downloads = new ArrayList<>();
      Cpu uploadCpu = new Cpu();
      Cpu downloadCpu = new Cpu();
      for (int round = -WARMUP_ROUNDS; round < 0; round++) {
        mark(source, round);
        JsonNode attachment = client.upload(roomId, source, "warmup" + round + ".bin");
        Path target = scratch.resolve("download.bin");
        client.download(attachment.path("url").asText(), target);
        Files.delete(target);
      }
      long start = System.nanoTime();
      for (int round = 0; round < ROUNDS && System.nanoTime() - start < ROUNDS_NANOS; round++) {
        mark(source, round);
        for (CopyBaseline.Kind kind : CopyBaseline.Kind.values()) {
          copies.computeIfAbsent(kind, k -> new ArrayList<>()).add(CopyBaseline.time(kind, source));
        }
        Cpu.Mark before = uploadCpu.mark(cluster);
        rss.start();
        long sent = System.nanoTime();
        JsonNode attachment = client.upload(roomId, source, "random-" + round + ".bin");
        uploads.add(System.nanoTime() - sent);
        rss.stop();
        uploadCpu.add(cluster, before);
        Path target = scratch.resolve("download.bin");
        before = downloadCpu.mark(cluster);
        long asked = System.nanoTime();
        client.download(attachment.path("url").asText(), target);
        downloads.add(System.nanoTime() - asked);
        downloadCpu.add(cluster, before);
        if (round == 0) {
          verify(attachment, source, target);
        }
        Files.delete(target);
      }
      List<Throughput> figures = new ArrayList<>();
      figures.add(new Throughput("upload", BYTES, uploads));
      figures.add(new Throughput("download", BYTES, downloads));
      copies.forEach((kind, nanos) -> figures.add(new Throughput(kind.label, BYTES, nanos)));
      summarize(report, figures, rss.peakBytes() - rssBefore);
      uploadCpu.print(report, "upload");
      downloadCpu.print(report, "download");
      photos(report, client, roomId, scratch);
    }
  }

  private static void summarize(Report report, List<Throughput> figures, long rssGrowth) {
    System.out.printf("%d MiB of random bytes, on the same disk:%n", MIB);
    for (Throughput figure : figures) {
      System.out.println("  " + figure.line());
      figure.writeTo(report.newStep());
    }
    Throughput upload = figures.get(0);
    Throughput download = figures.get(1);
    Throughput cp = figures.get(2);
    Throughput cpSync = figures.get(3);
    ObjectNode ratios = report.root().putObject("ratios");
    ratios.put("uploadOverCpSync", Report.round(upload.timesAsLongAs(cpSync), 2));
    ratios.put("uploadOverCp", Report.round(upload.timesAsLongAs(cp), 2));
    ratios.put("downloadOverCp", Report.round(download.timesAsLongAs(cp), 2));
    report.root().put("uploadRssGrowthMiB", Report.round(rssGrowth / (double) (1 << 20), 1));
    System.out.printf(
        "upload takes %.2f× as long as cp + sync (%.2f× cp); download %.2f× cp%n",
        upload.timesAsLongAs(cpSync), upload.timesAsLongAs(cp), download.timesAsLongAs(cp));
    System.out.printf(
        "server RSS peak during uploads %+.1f MiB over before%n", rssGrowth / (double) (1 << 20));
  }

  /**
   * CPU time spent over several transfers of one kind: the server's, and this process's (the
   * client's), which share the machine's processors.
   */
  private static final class Cpu {
    private record Mark(long server, long client) {}

    private long server;
    private long client;
    private int transfers;

    Mark mark(BenchCluster cluster) {
      return new Mark(cluster.cost().cpuNanos(), ownCpuNanos());
    }

    void add(BenchCluster cluster, Mark before) {
      server += cluster.cost().cpuNanos() - before.server();
      client += ownCpuNanos() - before.client();
      transfers++;
    }

    void print(Report report, String kind) {
      double serverMs = server / 1e6 / transfers;
      double clientMs = client / 1e6 / transfers;
      report.root().put(kind + "ServerCpuMs", Report.round(serverMs, 1));
      report.root().put(kind + "ClientCpuMs", Report.round(clientMs, 1));
      System.out.printf(
          "CPU per %s: server %.0f ms, client (this process) %.0f ms%n", kind, serverMs, clientMs);
    }

    private static long ownCpuNanos() {
      return ProcessCost.of(ProcessHandle.current().pid()).cpuNanos();
    }
  }

  /** Uploads a 12 MP JPEG a few times, each with another comment, and fetches its thumbnail. */
  private static void photos(Report report, FileClient client, String roomId, Path scratch)
      throws Exception {
    byte[] photo = BenchJpeg.photo(BenchJpeg.WIDTH, BenchJpeg.HEIGHT, 7);
    Path file = scratch.resolve("photo.jpg");
    List<Long> uploads = new ArrayList<>();
    List<Long> thumbnails = new ArrayList<>();
    for (int round = 0; round < JPEG_ROUNDS; round++) {
      Files.write(file, BenchJpeg.withComment(photo, "round " + round));
      long sent = System.nanoTime();
      JsonNode attachment = client.upload(roomId, file, "photo-" + round + ".jpg");
      uploads.add(System.nanoTime() - sent);
      String thumbnailUrl = attachment.path("thumbnailUrl").asText(null);
      if (thumbnailUrl != null) {
        thumbnails.add(untilServed(client, thumbnailUrl));
      }
    }
    Throughput upload = new Throughput("12 MP JPEG upload", photo.length, uploads);
    System.out.printf(
        "%d × %d JPEG of %.1f MiB:%n  %s%n",
        BenchJpeg.WIDTH, BenchJpeg.HEIGHT, photo.length / (double) (1 << 20), upload.line());
    upload.writeTo(report.newStep());
    if (thumbnails.isEmpty()) {
      System.out.println("  no thumbnails on this server");
    } else {
      Throughput thumbnail = new Throughput("thumbnail fetch", 0, thumbnails);
      System.out.printf(
          "  thumbnail: %d fetched, p50 %.1f ms (%.1f .. %.1f) from the upload's answer%n",
          thumbnails.size(),
          thumbnail.medianNanos() / 1e6,
          thumbnail.fastestNanos() / 1e6,
          thumbnail.slowestNanos() / 1e6);
      thumbnail.writeTo(report.newStep());
    }
  }

  /** Nanos until the thumbnail answers 200, asking again while it is not there yet. */
  private static long untilServed(FileClient client, String url) throws Exception {
    long start = System.nanoTime();
    while (client.status(url) != 200) {
      if (System.nanoTime() - start > THUMBNAIL_WAIT_NANOS) {
        throw new IOException("the thumbnail " + url + " was not served within 30 s");
      }
      LoadRun.sleep(20);
    }
    return System.nanoTime() - start;
  }

  /** Writes {@link #BYTES} random bytes, synced, so their writeback does not land in a timing. */
  private static Path randomFile(Path file) throws IOException {
    SplittableRandom random = new SplittableRandom(42);
    byte[] piece = new byte[1 << 20];
    try (FileChannel channel =
        FileChannel.open(file, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
      for (int i = 0; i < MIB; i++) {
        random.nextBytes(piece);
        channel.write(ByteBuffer.wrap(piece));
      }
      channel.force(true);
    }
    return file;
  }

  /** Writes the round's number over the first bytes, so each round's file has its own digest. */
  private static void mark(Path file, int round) throws IOException {
    try (FileChannel channel = FileChannel.open(file, StandardOpenOption.WRITE)) {
      channel.write(ByteBuffer.allocate(Long.BYTES).putLong(0, round), 0);
      channel.force(true);
    }
  }

  /** The download is the upload, byte for byte, and both have the digest the server answered. */
  private static void verify(JsonNode attachment, Path source, Path download) throws Exception {
    String sent = sha256(source);
    String received = sha256(download);
    String answered = attachment.path("sha256").asText();
    if (!sent.equals(received) || !sent.equals(answered)) {
      throw new IOException(
          "digests differ: sent " + sent + ", answered " + answered + ", received " + received);
    }
    System.out.println("download verified: sha256 " + sent);
  }

  private static String sha256(Path file) throws Exception {
    MessageDigest digest = MessageDigest.getInstance("SHA-256");
    try (InputStream in = new DigestInputStream(Files.newInputStream(file), digest)) {
      in.transferTo(OutputStream.nullOutputStream());
    }
    return HexFormat.of().formatHex(digest.digest());
  }
}
