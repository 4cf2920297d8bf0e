package chat.server.store;

import static org.assertj.core.api.Assertions.assertThat;

import chat.protocol.model.Attachment;
import chat.protocol.model.Message;
import chat.protocol.search.SearchTerm;
import chat.protocol.search.SearchText;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What every {@link SearchIndex} must do with the files sent with messages: their names' words find
 * the message, {@code has:} keeps the messages with such files, an edit keeps both and a deletion
 * takes both away. Results carry their attachments.
 */
public abstract class FileSearchContract extends StorageContract {

  private static final Set<String> ROOMS = Set.of("r1", "r2");

  private String ann;
  private String bob;
  private int sent;

  @BeforeEach
  void createRooms() {
    ann = user("ann");
    bob = user("bob");
    sharedPrivateRooms(ann, bob, "r1", "r2");
  }

  /** Sends {@code content} from {@code senderId} to r1 at {@code timestamp} with these files. */
  private Message send(String senderId, long timestamp, String content, String... files) {
    sent++;
    List<String> fileIds = new ArrayList<>();
    for (String file : files) {
      String[] nameAndType = file.split(" ", 2);
      String fileId = "f_" + sent + "_" + fileIds.size();
      storage
          .files()
          .insert(
              new FileRecord(
                  fileId,
                  "r1",
                  senderId,
                  nameAndType[0],
                  10,
                  nameAndType[1],
                  "a".repeat(64),
                  timestamp,
                  null,
                  null));
      fileIds.add(fileId);
    }
    return storage
        .messages()
        .append(
            new NewMessage("r1", senderId, senderId, content, "c" + sent, timestamp)
                .attaching(fileIds))
        .message();
  }

  /**
   * Sends {@code content} from ann to r1 with a file for each of {@code files}, each {@code "name
   * mimeType"}.
   */
  protected final Message send(String content, String... files) {
    return send(ann, 5_000 + sent, content, files);
  }

  private static SearchTerm term(String text) {
    return new SearchTerm(SearchText.foldedWords(text), false);
  }

  private static MessageQuery query(Set<FileKind> has, SearchTerm... terms) {
    return new MessageQuery(
        List.of(terms), ROOMS, Set.of(), Long.MIN_VALUE, Long.MAX_VALUE, null, 100, has);
  }

  private List<String> find(MessageQuery query) {
    return storage.search().search(query).stream().map(Message::content).toList();
  }

  private List<String> find(SearchTerm... terms) {
    return find(query(Set.of(), terms));
  }

  private List<String> findHaving(FileKind... kinds) {
    return find(query(Set.of(kinds)));
  }

  @Test
  void aMessageIsFoundByEachWordOfItsFilesNamesAndCarriesItsFiles() {
    Message sent = send("see attached", "q3-report.pdf application/pdf", "Crème.txt text/plain");
    send("unrelated words");

    List<Message> byName = storage.search().search(query(Set.of(), term("report")));

    assertThat(byName).containsExactly(sent);
    assertThat(byName.getFirst().attachments())
        .extracting(Attachment::name)
        .containsExactly("q3-report.pdf", "Crème.txt");
    assertThat(find(term("q3"))).containsExactly("see attached");
    assertThat(find(term("q3-report.pdf"))).containsExactly("see attached");
    assertThat(find(term("creme"), term("attached"))).containsExactly("see attached");
    assertThat(find(new SearchTerm(List.of("rep"), true))).containsExactly("see attached");
    assertThat(find(term("report q3"))).as("a phrase keeps its order in a name").isEmpty();
  }

  @Test
  void aPhraseMatchesInTheContentOrInTheNamesButNotAcrossThem() {
    send("quarterly", "report.pdf application/pdf");

    assertThat(find(term("quarterly report"))).isEmpty();
    assertThat(find(term("quarterly"), term("report"))).containsExactly("quarterly");
  }

  @Test
  void hasFileKeepsMessagesWithFilesAndHasImageThoseWithAnImage() {
    send("plain text");
    send("a document", "notes.pdf application/pdf");
    send("a photo", "cat.png image/png", "notes.txt text/plain");
    send("a drawing", "logo.svg image/svg+xml");

    assertThat(findHaving(FileKind.FILE)).containsExactly("a drawing", "a photo", "a document");
    assertThat(findHaving(FileKind.IMAGE)).containsExactly("a drawing", "a photo");
    assertThat(findHaving(FileKind.FILE, FileKind.IMAGE)).containsExactly("a drawing", "a photo");
    assertThat(find(query(Set.of(FileKind.IMAGE), term("notes")))).containsExactly("a photo");
    assertThat(find(query(Set.of(FileKind.FILE), term("text")))).isEmpty();
  }

  @Test
  void kindsOfFileCombineWithSenderTimeAndRooms() {
    send(ann, 1_000, "early image", "a.png image/png");
    send(bob, 2_000, "bob's image", "b.png image/png");
    send(ann, 3_000, "late image", "c.png image/png");

    MessageQuery annsBeforeThree =
        new MessageQuery(List.of(), ROOMS, Set.of(ann), 0, 3_000, null, 10, Set.of(FileKind.IMAGE));
    MessageQuery inTwo =
        new MessageQuery(
            List.of(),
            Set.of("r2"),
            Set.of(),
            Long.MIN_VALUE,
            Long.MAX_VALUE,
            null,
            10,
            Set.of(FileKind.FILE));

    assertThat(find(annsBeforeThree)).containsExactly("early image");
    assertThat(find(inTwo)).isEmpty();
  }

  @Test
  void kindsAloneArePagedNewestFirstUpToTheLimit() {
    for (int i = 0; i < 5; i++) {
      send("image " + i, "p" + i + ".png image/png");
      send("text " + i);
    }

    List<String> pages = new ArrayList<>();
    Message last = null;
    for (int page = 0; page < 3; page++) {
      List<Message> found =
          storage
              .search()
              .search(
                  new MessageQuery(
                      List.of(),
                      ROOMS,
                      Set.of(),
                      Long.MIN_VALUE,
                      Long.MAX_VALUE,
                      last,
                      2,
                      Set.of(FileKind.IMAGE)));
      pages.add(found.stream().map(Message::content).toList().toString());
      last = found.isEmpty() ? last : found.getLast();
    }

    assertThat(pages).containsExactly("[image 4, image 3]", "[image 2, image 1]", "[image 0]");
  }

  @Test
  void anEditKeepsTheFilesNamesAndKindsFindableEvenAWordTheContentDropped() {
    Message original = send("the report is here", "report.png image/png");

    storage.messageChanges().edit(original, "changed words", Mentions.NONE, 9_000);

    assertThat(find(term("report"))).containsExactly("changed words");
    assertThat(find(term("here"))).isEmpty();
    assertThat(findHaving(FileKind.IMAGE)).containsExactly("changed words");
    assertThat(storage.search().search(query(Set.of(), term("changed"))).getFirst().attachments())
        .extracting(Attachment::name)
        .containsExactly("report.png");
  }

  @Test
  void aDeletedMessageIsFoundByNeitherItsFilesNamesNorTheirKinds() {
    Message doomed = send("gone soon", "secret-plan.png image/png");
    storage.messageChanges().edit(doomed, "edited first", Mentions.NONE, 9_000);
    send("kept", "plan.pdf application/pdf");

    storage.messageChanges().delete("r1", doomed.messageId());

    assertThat(find(term("secret"))).isEmpty();
    assertThat(find(term("plan"))).containsExactly("kept");
    assertThat(findHaving(FileKind.IMAGE)).isEmpty();
    assertThat(findHaving(FileKind.FILE)).containsExactly("kept");
  }

  @Test
  void filesStayFindableAfterAReopen() {
    send("kept", "budget.xlsx application/vnd.ms-excel");

    reopen();

    assertThat(find(term("budget"))).containsExactly("kept");
    assertThat(findHaving(FileKind.FILE)).containsExactly("kept");
  }
}
