package be.groupsetup.adapters.persistence.file;

import be.groupsetup.application.model.GroupListing;
import be.groupsetup.application.model.GroupSummary;
import be.groupsetup.application.port.out.StoredGroup;
import be.groupsetup.application.testing.SampleGroups;
import be.groupsetup.domain.value.GroupNumber;
import be.groupsetup.persistence.document.JsonDocuments;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A list of more groups than {@link FileGroupStore#PARALLEL_LOOKS}, whose documents and histories are looked at on
 * two threads: every group once, in the order of the numbers, a link found in either half.
 */
class ManyGroupsListTest {

    private static final int GROUPS = FileGroupStore.PARALLEL_LOOKS + 501;

    @TempDir
    Path root;

    private final List<GroupNumber> summarised = new ArrayList<>();
    private final Function<StoredGroup, GroupSummary> summarizer = stored -> {
        summarised.add(stored.groupNumber());
        return new GroupSummary(stored.groupNumber(), "company " + stored.groupNumber().value(), false, 1, false, 0,
                stored.revision(), null, null);
    };

    @Test
    void givenMoreGroupsThanLookedAtOnOneThread_whenListed_thenEachOnceInOrder_andLinksInEitherHalfAreDamaged()
            throws IOException {
        FileGroupStore store = StoreFixtures.open(root);
        JsonDocuments json = new JsonDocuments();
        Path groups = StoreFixtures.groups(root);
        Files.createDirectories(groups);
        List<String> numbers = new ArrayList<>();
        // written in reverse order: the folder's order is not the list's
        for (int i = GROUPS - 1; i >= 0; i--) {
            GroupNumber number = SampleGroups.number(String.format("94%06d001", i));
            numbers.add(0, number.value());
            Files.write(groups.resolve(number.value() + FileGroupStore.DOCUMENT_SUFFIX),
                    json.write(new StoredGroup(SampleGroups.emptySetup(number), 1)));
            Files.writeString(groups.resolve(number.value() + FileGroupStore.HISTORY_SUFFIX),
                    json.writeLine(SampleGroups.created(number)) + "\n", StandardCharsets.UTF_8);
        }
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
}
