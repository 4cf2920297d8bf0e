package chat.client.ui.files;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FileNamesTest {

  @TempDir Path dir;

  @Test
  void aPlainNameIsKept() {
    assertThat(FileNames.safe("Quarterly report (final).pdf"))
        .isEqualTo("Quarterly report (final).pdf");
    assertThat(FileNames.safe("café.txt")).isEqualTo("café.txt");
  }

  @Test
  void separatorsControlAndBidirectionalCharactersAndWindowsForbiddenOnesAreReplaced() {
    assertThat(FileNames.safe("../../etc/passwd")).isEqualTo("etc_passwd");
    assertThat(FileNames.safe("a\\b:c*d?e\"f<g>h|i.txt")).isEqualTo("a_b_c_d_e_f_g_h_i.txt");
    assertThat(FileNames.safe("in\u0000voice\n.pdf")).isEqualTo("in_voice_.pdf");
    assertThat(FileNames.safe("photo\u202Egnp.exe")).isEqualTo("photo_gnp.exe");
  }

  @Test
  void noHiddenFileNoTrailingDotsAndNoDeviceName() {
    assertThat(FileNames.safe(".bashrc")).isEqualTo("bashrc");
    assertThat(FileNames.safe("notes.txt. . ")).isEqualTo("notes.txt");
    assertThat(FileNames.safe("CON.txt")).isEqualTo("_CON.txt");
    assertThat(FileNames.safe("nul")).isEqualTo("_nul");
  }

  @Test
  void nothingLeftIsDownload() {
    assertThat(FileNames.safe("")).isEqualTo("download");
    assertThat(FileNames.safe("...")).isEqualTo("download");
    assertThat(FileNames.safe(null)).isEqualTo("download");
  }

  @Test
  void aLongNameIsShortenedKeepingItsEnding() {
    String safe = FileNames.safe("a".repeat(300) + ".pdf");
    assertThat(safe).hasSize(FileNames.LONGEST).endsWith("aaa.pdf");
  }

  @Test
  void programsAreToldByTheirEnding() {
    assertThat(FileNames.isProgram("setup.EXE")).isTrue();
    assertThat(FileNames.isProgram("install.sh")).isTrue();
    assertThat(FileNames.isProgram("app.jar")).isTrue();
    assertThat(FileNames.isProgram("report.pdf")).isFalse();
    assertThat(FileNames.isProgram("exe")).isFalse();
  }

  @Test
  void aFreeNameGetsANumberWhenTheFileIsTaken() throws IOException {
    assertThat(FileNames.free(dir, "report.pdf")).isEqualTo(dir.resolve("report.pdf"));
    Files.writeString(dir.resolve("report.pdf"), "1");
    assertThat(FileNames.free(dir, "report.pdf")).isEqualTo(dir.resolve("report (2).pdf"));
    Files.writeString(dir.resolve("report (2).pdf"), "2");
    assertThat(FileNames.free(dir, "report.pdf")).isEqualTo(dir.resolve("report (3).pdf"));
    Files.writeString(dir.resolve("README"), "3");
    assertThat(FileNames.free(dir, "README")).isEqualTo(dir.resolve("README (2)"));
  }
}
