package chat.client.ui.files;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class FileKindTest {

  @Test
  void theDetectedTypeTellsTheKind() {
    assertThat(FileKind.of("application/pdf", "notes.txt")).isEqualTo(FileKind.PDF);
    assertThat(FileKind.of("application/zip", "a.pdf")).isEqualTo(FileKind.ARCHIVE);
    assertThat(FileKind.of("application/x-7z-compressed", "a")).isEqualTo(FileKind.ARCHIVE);
    assertThat(FileKind.of("application/gzip", "a.tgz")).isEqualTo(FileKind.ARCHIVE);
    assertThat(FileKind.of("text/plain", "a.pdf")).isEqualTo(FileKind.TEXT);
    assertThat(FileKind.of("text/csv; charset=UTF-8", "a.csv")).isEqualTo(FileKind.TEXT);
    assertThat(FileKind.of("application/json", "a")).isEqualTo(FileKind.TEXT);
    assertThat(FileKind.of("image/svg+xml", "a.svg")).isEqualTo(FileKind.TEXT);
    assertThat(FileKind.of("image/tiff", "a.tif")).isEqualTo(FileKind.IMAGE);
    assertThat(FileKind.of("APPLICATION/PDF", "a")).isEqualTo(FileKind.PDF);
  }

  @Test
  void anyOtherDetectedTypeIsOtherWhateverTheName() {
    assertThat(FileKind.of("application/msword", "report.pdf")).isEqualTo(FileKind.OTHER);
    assertThat(FileKind.of("application/x-msdownload", "setup.zip")).isEqualTo(FileKind.OTHER);
  }

  @Test
  void onlyBytesTheServerCouldNotTellAreKnownByTheirName() {
    String unknown = "application/octet-stream";
    assertThat(FileKind.of(unknown, "scan.PDF")).isEqualTo(FileKind.PDF);
    assertThat(FileKind.of(unknown, "backup.tar.gz")).isEqualTo(FileKind.ARCHIVE);
    assertThat(FileKind.of(unknown, "notes.md")).isEqualTo(FileKind.TEXT);
    assertThat(FileKind.of(unknown, "blob")).isEqualTo(FileKind.OTHER);
    assertThat(FileKind.of(null, "notes.txt")).isEqualTo(FileKind.TEXT);
  }

  @Test
  void eachKindHasItsBadge() {
    assertThat(FileKind.PDF.badge()).isEqualTo("PDF");
    assertThat(FileKind.ARCHIVE.badge()).isEqualTo("ZIP");
    assertThat(FileKind.TEXT.badge()).isEqualTo("TXT");
    assertThat(FileKind.OTHER.badge()).isEqualTo("FILE");
  }
}
