package chat.client.ui.files;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.Test;

class FileSizesTest {

  @Test
  void bytesUnderOneKilobyteAreCountedWhole() {
    assertThat(FileSizes.human(0, Locale.ROOT)).isEqualTo("0 B");
    assertThat(FileSizes.human(1, Locale.ROOT)).isEqualTo("1 B");
    assertThat(FileSizes.human(1023, Locale.ROOT)).isEqualTo("1023 B");
  }

  @Test
  void underTenOfAUnitShowsOneDecimal() {
    assertThat(FileSizes.human(1024, Locale.ROOT)).isEqualTo("1.0 KiB");
    assertThat(FileSizes.human(1536, Locale.ROOT)).isEqualTo("1.5 KiB");
    assertThat(FileSizes.human(2_516_582, Locale.ROOT)).isEqualTo("2.4 MiB");
  }

  @Test
  void tenOrMoreOfAUnitShowsNoDecimal() {
    assertThat(FileSizes.human(10 * 1024, Locale.ROOT)).isEqualTo("10 KiB");
    assertThat(FileSizes.human(25L * 1024 * 1024, Locale.ROOT)).isEqualTo("25 MiB");
    assertThat(FileSizes.human(512L * 1024 * 1024, Locale.ROOT)).isEqualTo("512 MiB");
  }

  @Test
  void aSizeThatRoundsUpToTheNextUnitIsWrittenInIt() {
    assertThat(FileSizes.human(1024 * 1024 - 1, Locale.ROOT)).isEqualTo("1.0 MiB");
    assertThat(FileSizes.human(1024L * 1024 * 1024, Locale.ROOT)).isEqualTo("1.0 GiB");
    assertThat(FileSizes.human(3L * 1024 * 1024 * 1024 * 1024, Locale.ROOT)).isEqualTo("3.0 TiB");
  }

  @Test
  void theDecimalMarkIsTheLocales() {
    assertThat(FileSizes.human(2_516_582, Locale.GERMANY)).isEqualTo("2,4 MiB");
  }
}
