package io.floorwatch.config;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The views file: written with its marker and version, read back the same, and refused with the reason. */
class ViewsFileTest {
    @TempDir
    Path dir;

    static SavedView lateShift() {
        return new SavedView("Late shift", new FloorLayout("spanish", "Billing", "Team Beta", null, "IDLE",
                "ON_HOLD", "OUT", new TableLayout(List.of(new TableLayout.Column("nameColumn", true, 190.0),
                        new TableLayout.Column("presenceColumn", false, 110.0),
                        new TableLayout.Column("queuesColumn", null, 200.0)),
                        List.of(new TableLayout.SortKey("sinceColumn", true)))),
                new QueuesLayout("sales", true, new TableLayout(List.of(new TableLayout.Column("scoreColumn", true,
                        80.0)), List.of())));
    }

    @Test
    void aWrittenFileReadsBackTheSameViews() throws Exception {
        SavedView other = new SavedView("Everyone", FloorLayout.none(), QueuesLayout.none());
        String text = ViewsFile.write(List.of(lateShift(), other));

        assertThat(text).contains("\"floorwatchViews\" : 1").contains("\"views\"");
        ViewsFile.Read read = ViewsFile.parse(text);
        assertThat(read.views()).containsExactly(lateShift(), other);
        assertThat(read.notes()).isEmpty();
    }

    @Test
    void aFileOnDiskReadsBackTheSameViews() throws Exception {
        File file = dir.resolve("views.json").toFile();
        ViewsFile.write(file, List.of(lateShift()));
        assertThat(ViewsFile.read(file).views()).containsExactly(lateShift());
    }

    @Test
    void fieldsItDoesNotKnowAreIgnored() throws Exception {
        ViewsFile.Read read = ViewsFile.parse("{\"floorwatchViews\":1,\"exportedBy\":\"sam\",\"views\":[{\"name\":"
                + "\"Mine\",\"colour\":\"blue\",\"floor\":{\"team\":\"Team A\",\"zoom\":2}}]}");
        assertThat(read.views()).singleElement().satisfies(view -> {
            assertThat(view.name()).isEqualTo("Mine");
            assertThat(view.floor().team()).isEqualTo("Team A");
            assertThat(view.queues()).isEqualTo(QueuesLayout.none());
        });
    }

    @Test
    void aViewNamedTwiceIsTakenOnceWithANote() throws Exception {
        ViewsFile.Read read = ViewsFile.parse("{\"floorwatchViews\":1,\"views\":[{\"name\":\"Mine\",\"floor\":"
                + "{\"team\":\"A\"}},{\"name\":\"mine \",\"floor\":{\"team\":\"B\"}}]}");
        assertThat(read.views()).extracting(v -> v.floor().team()).containsExactly("A");
        assertThat(read.notes()).singleElement().asString().contains("\"mine\" is in the file twice");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "not JSON, saying where|{\"floorwatchViews\": 1,\\n \"views\": [}|not JSON (",
        "not JSON at all|name,team\\nLate,Beta|not JSON (",
        "an array|[1, 2]|not a Floorwatch views file: it has no \"floorwatchViews\" marker",
        "another app's JSON|{\"views\": []}|not a Floorwatch views file: it has no \"floorwatchViews\" marker",
        "a marker that is no version|{\"floorwatchViews\": \"yes\", \"views\": []}|should be a version number",
        "a newer version|{\"floorwatchViews\": 2, \"views\": []}|made by a newer Floorwatch (views file version 2",
        "version zero|{\"floorwatchViews\": 0, \"views\": []}|version 0 does not exist",
        "no list of views|{\"floorwatchViews\": 1}|it has no list of views",
        "an empty list|{\"floorwatchViews\": 1, \"views\": []}|it holds no views",
        "a view that is no object|{\"floorwatchViews\": 1, \"views\": [\"Late\"]}|view 1 is not a view",
        "a view without a name|{\"floorwatchViews\": 1, \"views\": [{\"name\": \"A\"}, {\"floor\": {}}]}|view 2 has no name",
        "a blank name|{\"floorwatchViews\": 1, \"views\": [{\"name\": \"  \"}]}|view 1 has no name",
        "a floor that is no object|{\"floorwatchViews\": 1, \"views\": [{\"name\": \"A\", \"floor\": 3}]}|view 1 (\"A\") cannot be read",
        "an empty file|'  '|the file is empty"})
    void aFileThatDoesNotFitIsRefusedWithTheReason(String what, String text, String reason) {
        assertThatThrownBy(() -> ViewsFile.parse(text.replace("\\n", "\n"))).as(what)
                .isInstanceOf(ViewsFile.Refused.class).hasMessageContaining(reason);
    }

    @Test
    void notJsonSaysTheLine() {
        assertThatThrownBy(() -> ViewsFile.parse("{\"floorwatchViews\": 1,\n\"views\": [}"))
                .hasMessageContaining("at line 2");
    }

    @Test
    void aRefusedFileIsNamed() throws Exception {
        Path file = dir.resolve("team-views.json");
        Files.writeString(file, "{\"floorwatchViews\": 7, \"views\": []}");
        assertThatThrownBy(() -> ViewsFile.read(file.toFile())).hasMessageStartingWith("team-views.json: made by a "
                + "newer Floorwatch");
    }

    @Test
    void aFileThatIsNotTextIsRefused() throws Exception {
        Path file = dir.resolve("photo.json");
        Files.write(file, new byte[] {(byte) 0xff, (byte) 0xd8, (byte) 0xff, (byte) 0xe0, 0, 16});
        assertThatThrownBy(() -> ViewsFile.read(file.toFile())).isInstanceOf(ViewsFile.Refused.class)
                .hasMessageContaining("not UTF-8 text");
    }

    @Test
    void aMissingFileIsRefused() {
        assertThatThrownBy(() -> ViewsFile.read(dir.resolve("gone.json").toFile()))
                .hasMessageContaining("there is no such file");
    }
}
