package be.groupsetup.adapters.persistence.file;

import be.groupsetup.application.model.GroupListing;
import be.groupsetup.application.model.GroupSummary;
import be.groupsetup.application.port.out.StoredGroup;
import be.groupsetup.application.testing.SampleGroups;
import be.groupsetup.domain.value.GroupNumber;
import be.groupsetup.persistence.document.JsonDocuments;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A list of more groups than {@link FileGroupStore#PARALLEL_LOOKS}, whose documents and histories are looked at on
 * two threads, and whose index is read beside the documents: every group once, in the order of the numbers, a link
 * found anywhere, an index line that cannot be used costing only its own group.
 */
class ManyGroupsListTest {

    private static final int GROUPS = FileGroupStore.PARALLEL_LOOKS + 501;

    /** The groups, written once for the class: each test lists a copy of them. */
    @TempDir
    static Path template;
    /** The groups' numbers in the order of the list: scattered over the eleven digits, some with leading zeros. */
    private static final List<String> numbers = new ArrayList<>();

    @TempDir
    Path root;

    private FileGroupStore store;
    private Path groups;
    private final List<GroupNumber> summarised = new ArrayList<>();
    private final Function<StoredGroup, GroupSummary> summarizer = stored -> {
        summarised.add(stored.groupNumber());
        return new GroupSummary(stored.groupNumber(), "company " + stored.groupNumber().value(), false, 1, false, 0,
                stored.revision(), null, null);
    };

    @BeforeAll
    static void manyGroups() throws IOException {
        JsonDocuments json = new JsonDocuments();
        for (int i = 0; i < GROUPS; i++) {
            // a multiplier prime to 10^11: distinct numbers, in no order, from 00000000000 to 99999999999
            GroupNumber number = SampleGroups.number(String.format("%011d", i * 39_916_801L % 100_000_000_000L));
            numbers.add(number.value());
            Files.write(template.resolve(number.value() + FileGroupStore.DOCUMENT_SUFFIX),
                    json.write(new StoredGroup(SampleGroups.emptySetup(number), 1)));
            Files.writeString(template.resolve(number.value() + FileGroupStore.HISTORY_SUFFIX),
                    json.writeLine(SampleGroups.created(number)) + "\n", StandardCharsets.UTF_8);
        }
        Collections.sort(numbers);
        assertThat(numbers.get(0)).startsWith("0");
    }

    @BeforeEach
    void aCopyOfTheGroups() throws IOException {
        store = StoreFixtures.open(root);
        groups = StoreFixtures.groups(root);
        Files.createDirectories(groups);
        try (Stream<Path> files = Files.list(template)) {
            for (Path file : (Iterable<Path>) files::iterator) {
                Files.copy(file, groups.resolve(file.getFileName()));
            }
        }
    }

    @Test
    void givenMoreGroupsThanLookedAtOnOneThread_whenListed_thenEachOnceInOrder_andLinksNearEitherEndAreDamaged()
            throws IOException {
        String low = numbers.get(10);
        String high = numbers.get(GROUPS - 10);
        for (String number : List.of(low, high)) {
            Path history = groups.resolve(number + FileGroupStore.HISTORY_SUFFIX);
            Files.delete(history);
            Files.createSymbolicLink(history, root.resolve("elsewhere"));
        }

        List<GroupListing> listed = store.list(summarizer, "rules");

        assertThat(listed).extracting(GroupListing::key).containsExactlyElementsOf(numbers);
        assertThat(summarised).hasSize(GROUPS - 2);
        assertThat(listed).filteredOn(listing -> listing instanceof GroupListing.Damaged)
                .extracting(GroupListing::key).containsExactly(low, high);
        summarised.clear();

        assertThat(store.list(summarizer, "rules")).isEqualTo(listed);
        assertThat(summarised).isEmpty();
    }

    @Test
    void givenAnIndexWithOneLineGarbledAndTwoSwapped_whenListed_thenOnlyTheirGroupsAreReadAgain_andTheIndexMended()
            throws IOException {
        List<GroupListing> listed = store.list(summarizer, "rules");
        Path file = groups.resolve(SummaryIndex.FILE);
        List<String> lines = new ArrayList<>(Files.readAllLines(file, StandardCharsets.UTF_8));
        // line 0 is the heading: the line of the group at position p is line p + 1
        String garbled = numbers.get(100);
        assertThat(lines.get(101)).startsWith(garbled + "\t");
        lines.set(101, lines.get(101).replaceFirst("\t[0-9]+\t", "\tx\t"));
        Collections.swap(lines, 2001, 2002);
        Files.writeString(file, String.join("\n", lines) + "\n", StandardCharsets.UTF_8);
        summarised.clear();

        assertThat(store.list(summarizer, "rules")).isEqualTo(listed);

        // the first of the two swapped lines comes after its document: that group is read again, the other is not
        assertThat(summarised).extracting(GroupNumber::value).containsExactly(garbled, numbers.get(2000));
        summarised.clear();
        assertThat(store.list(summarizer, "rules")).isEqualTo(listed);
        assertThat(summarised).isEmpty();
        assertThat(SummaryIndex.parse(Files.readString(file), "rules")).hasSize(GROUPS);
    }

    @Test
    void givenAReaderThatStops_whenListed_thenTheListingStopsThere_andTheNextListIsWhole() {
        IllegalStateException gone = new IllegalStateException("the reader went away");
        AtomicInteger given = new AtomicInteger();

        assertThatThrownBy(() -> store.list(summarizer, "rules", listing -> {
            if (given.incrementAndGet() == 700) {
                throw gone;
            }
        })).isSameAs(gone);

        assertThat(given).hasValue(700);
        assertThat(summarised).hasSize(700);
        assertThat(store.list(summarizer, "rules")).extracting(GroupListing::key).containsExactlyElementsOf(numbers);
    }
}
