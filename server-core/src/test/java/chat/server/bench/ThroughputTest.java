package chat.server.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.util.List;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

/**
 * The files scenario's arithmetic and its test photo, without a disk or a server: medians, MiB/s,
 * how many times as long one kind of transfer takes as another, and a JPEG made distinct by a
 * comment that still decodes to the same picture. No timing.
 */
class ThroughputTest {

  private static final long MIB = 1 << 20;

  @Test
  void theMedianOfAnOddCountIsTheMiddleRunAndMibPerSecondIsTakenAtIt() {
    Throughput upload =
        new Throughput("upload", 100 * MIB, List.of(900_000_000L, 500_000_000L, 4_000_000_000L));

    assertThat(upload.medianNanos()).isEqualTo(900_000_000L);
    assertThat(upload.fastestNanos()).isEqualTo(500_000_000L);
    assertThat(upload.slowestNanos()).isEqualTo(4_000_000_000L);
    assertThat(upload.mibPerSecond()).isCloseTo(100 / 0.9, within(1e-9));
  }

  @Test
  void theMedianOfAnEvenCountIsTheLowerMiddleRun() {
    Throughput copy =
        new Throughput("cp", MIB, List.of(40_000_000L, 10_000_000L, 30_000_000L, 20_000_000L));

    assertThat(copy.medianNanos()).isEqualTo(20_000_000L);
  }

  @Test
  void aKindTakingTwiceAsLongAsTheBaselineIsTwoTimesAsLong() {
    Throughput upload = new Throughput("upload", MIB, List.of(400_000_000L));
    Throughput cp = new Throughput("cp", MIB, List.of(100_000_000L, 200_000_000L, 300_000_000L));

    assertThat(upload.timesAsLongAs(cp)).isEqualTo(2.0);
    assertThat(cp.timesAsLongAs(upload)).isEqualTo(0.5);
  }

  @Test
  void noRunsIsNoFigure() {
    assertThatThrownBy(() -> new Throughput("download", MIB, List.of()))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void theReportStepHoldsMillisecondsAndMibPerSecondOnlyWhenBytesMoved() throws Exception {
    Report report = new Report("files", "embedded");
    new Throughput("upload", 100 * MIB, List.of(500_000_000L)).writeTo(report.newStep());
    new Throughput("thumbnail fetch", 0, List.of(12_340_000L)).writeTo(report.newStep());

    JsonNode steps = new ObjectMapper().readTree(report.toJson()).path("steps");

    assertThat(steps.get(0).path("p50Ms").asDouble()).isEqualTo(500.0);
    assertThat(steps.get(0).path("mibPerSecond").asDouble()).isEqualTo(200.0);
    assertThat(steps.get(1).path("p50Ms").asDouble()).isEqualTo(12.3);
    assertThat(steps.get(1).has("mibPerSecond")).isFalse();
  }

  @Test
  void aCommentMakesOtherBytesOfTheSamePicture() throws Exception {
    byte[] photo = BenchJpeg.photo(64, 48, 1);

    byte[] marked = BenchJpeg.withComment(photo, "round 1");

    assertThat(marked).isNotEqualTo(photo);
    BufferedImage original = ImageIO.read(new ByteArrayInputStream(photo));
    BufferedImage decoded = ImageIO.read(new ByteArrayInputStream(marked));
    assertThat(decoded.getWidth()).isEqualTo(64);
    assertThat(decoded.getHeight()).isEqualTo(48);
    assertThat(decoded.getRGB(0, 0, 64, 48, null, 0, 64))
        .isEqualTo(original.getRGB(0, 0, 64, 48, null, 0, 64));
  }
}
