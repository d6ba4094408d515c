package be.groupsetup.presentation.view;

import be.groupsetup.application.model.GroupArchive;
import be.groupsetup.application.model.GroupListing;
import be.groupsetup.application.port.in.ChangeResult;
import be.groupsetup.application.port.in.ChangeStatus;
import be.groupsetup.application.port.in.GroupQuery;
import be.groupsetup.application.port.out.StoredGroup;
import be.groupsetup.application.service.GroupStatusService;
import be.groupsetup.application.service.ShowGroupService;
import be.groupsetup.application.testing.InMemoryGroupStore;
import be.groupsetup.application.testing.SampleGroups;
import be.groupsetup.domain.configuration.FieldChange;
import be.groupsetup.domain.configuration.GroupConfiguration;
import be.groupsetup.domain.field.FieldKey;
import be.groupsetup.domain.finding.Finding;
import be.groupsetup.domain.setup.Acknowledgement;
import be.groupsetup.domain.value.GroupNumber;
import be.groupsetup.presentation.json.Json;
import be.groupsetup.presentation.text.Messages;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The view records written as JSON: the keys in the README's order, nulls written (a client tells "not set" from
 * "absent"), the key {@code new} of a change, a step's {@code state} only for a step, a damaged document's line.
 */
class DocumentsTest {

    private static final GroupNumber GROUP = new GroupNumber("94123456001");
    private static final JsonMapper READER = JsonMapper.builder().build();

    private final Documents documents = new Documents(Messages.forLanguage("en", null));
    private final InMemoryGroupStore store = new InMemoryGroupStore();
    private final ShowGroupService groups = new ShowGroupService(SampleGroups.rules(), store);
    private final GroupStatusService statuses = new GroupStatusService(SampleGroups.rules(), store);

    @Test
    void givenAGroup_whenItsDocumentIsWritten_thenTheKeysInOrderAndEveryFieldInScreenOrderNullsIncluded() {
        store.importGroup(new GroupArchive(new StoredGroup(SampleGroups.emptySetup(GROUP), 1),
                List.of(SampleGroups.created(GROUP))), true);

        JsonNode json = READER.readTree(Json.write(documents.group(groups.show(new GroupQuery(GROUP.value())))));

        assertThat(names(json)).containsExactly("group", "values", "findings", "complete", "openWarnings", "revision");
        assertThat(names(json.get("values"))).hasSize(FieldKey.values().length)
                .startsWith(FieldKey.values()[0].key());
        assertThat(json.get("values").get("company-name").isNull()).isTrue();
        assertThat(json.get("complete").booleanValue()).isFalse();
        JsonNode finding = json.get("findings").get(0);
        assertThat(names(finding)).containsExactly("field", "severity", "code", "message", "arguments",
                "acknowledgement");
        assertThat(finding.get("acknowledgement").isNull()).isTrue();
    }

    @Test
    void givenAChangeWithAnAcknowledgedWarning_whenWritten_thenOldAndNewAndTheAcknowledgement() {
        GroupConfiguration configuration = GroupConfiguration.reconstitute(GROUP, Map.of(FieldKey.CITY, "Luik"));
        Finding warning = Finding.warning(FieldKey.CITY, "city.postal-code-mismatch", "Luik", "4000", "Liège, Luik");
        Acknowledgement acknowledgement = new Acknowledgement(warning.code(), FieldKey.CITY, "checked", "tech-anna",
                Instant.parse("2026-03-02T10:15:00Z"), Map.of());
        ChangeResult result = new ChangeResult(ChangeStatus.APPLIED, List.of(warning),
                List.of(new FieldChange(FieldKey.CITY, null, "Luik")), configuration, 2);

        JsonNode json = READER.readTree(Json.write(documents.change(result, GROUP.value(),
                f -> Optional.of(acknowledgement))));

        assertThat(names(json)).containsExactly("group", "status", "values", "findings", "changes", "revision");
        assertThat(json.get("status").stringValue()).isEqualTo("applied");
        assertThat(names(json.get("changes").get(0))).containsExactly("field", "old", "new");
        assertThat(json.get("changes").get(0).get("new").stringValue()).isEqualTo("Luik");
        assertThat(json.get("changes").get(0).get("old").isNull()).isTrue();
        JsonNode acknowledged = json.get("findings").get(0).get("acknowledgement");
        assertThat(names(acknowledged)).containsExactly("by", "at", "reason");
        assertThat(acknowledged.get("at").stringValue()).isEqualTo("2026-03-02T10:15:00Z");
    }

    @Test
    void givenAGroupNotReady_whenItsStatusIsWritten_thenAStateOnlyForTheSteps() {
        store.importGroup(new GroupArchive(new StoredGroup(SampleGroups.emptySetup(GROUP), 1),
                List.of(SampleGroups.created(GROUP))), true);

        JsonNode json = READER.readTree(Json.write(documents.status(statuses.status(new GroupQuery(GROUP.value())))));

        assertThat(names(json)).containsExactly("group", "ready", "missing", "progress");
        assertThat(json.get("missing")).anyMatch(m -> m.get("kind").stringValue().equals("step"))
                .anyMatch(m -> m.get("kind").stringValue().equals("field"));
        assertThat(json.get("missing")).allSatisfy(missing -> {
            boolean step = missing.get("kind").stringValue().equals("step");
            assertThat(missing.has("state")).as(missing.toString()).isEqualTo(step);
            assertThat(names(missing)).startsWith("kind", "key", "message", "code");
        });
    }

    @Test
    void givenADamagedDocument_whenTheListIsWritten_thenItsLineSaysWhereAndWhyWithoutValues() {
        JsonNode json = READER.readTree(Json.write(documents.list(List.of(
                new GroupListing.Damaged("94000001001", "/data/groups/94000001001.json", "not JSON")))));

        JsonNode line = json.get("groups").get(0);
        assertThat(names(line)).containsExactly("group", "company", "complete", "openWarnings", "progress", "ready",
                "damaged", "location", "reason");
        assertThat(line.get("openWarnings").isNull()).isTrue();
        assertThat(line.get("damaged").booleanValue()).isTrue();
    }

    @Test
    void givenAFailure_whenItsDocumentIsWritten_thenStatusAndMessageUnderError() {
        JsonNode json = READER.readTree(Json.write(ErrorDocument.of(2, "Usage: group show NUMBER")));

        assertThat(names(json)).containsExactly("error");
        assertThat(names(json.get("error"))).containsExactly("status", "message");
        assertThat(json.get("error").get("status").intValue()).isEqualTo(2);
    }

    private static List<String> names(JsonNode object) {
        List<String> names = new ArrayList<>();
        object.propertyNames().forEach(names::add);
        return names;
    }
}
