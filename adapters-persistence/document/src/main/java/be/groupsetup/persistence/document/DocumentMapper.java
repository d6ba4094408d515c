package be.groupsetup.persistence.document;

import be.groupsetup.application.model.HistoryEntry;
import be.groupsetup.application.model.HistoryKind;
import be.groupsetup.application.port.out.StoredGroup;
import be.groupsetup.domain.configuration.ConfigurationValues;
import be.groupsetup.domain.configuration.FieldChange;
import be.groupsetup.domain.configuration.GroupConfiguration;
import be.groupsetup.domain.csam.AuthorityRole;
import be.groupsetup.domain.csam.CsamProcedure;
import be.groupsetup.domain.csam.CsamService;
import be.groupsetup.domain.csam.CsamStep;
import be.groupsetup.domain.csam.LoginCheck;
import be.groupsetup.domain.csam.StepRecord;
import be.groupsetup.domain.field.FieldKey;
import be.groupsetup.domain.finding.Finding;
import be.groupsetup.domain.finding.Severity;
import be.groupsetup.domain.setup.Acknowledgement;
import be.groupsetup.domain.setup.GroupSetup;
import org.mapstruct.Mapper;
import org.mapstruct.Mapping;
import org.mapstruct.ReportingPolicy;
import org.mapstruct.factory.Mappers;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Domain ↔ document. Every target property must be mapped (unmapped targets are compile errors), so a field
 * added to {@link ConfigurationValues} or to a record cannot be dropped silently. Reading a value this release
 * does not know (a step, a role, a field key) throws {@link IllegalArgumentException}: the document is damaged.
 */
@Mapper(unmappedTargetPolicy = ReportingPolicy.ERROR, unmappedSourcePolicy = ReportingPolicy.IGNORE)
public interface DocumentMapper {

    DocumentMapper INSTANCE = Mappers.getMapper(DocumentMapper.class);

    ConfigurationDocument toDocument(ConfigurationValues values);

    ConfigurationValues toValues(ConfigurationDocument document);

    StepRecordDocument toDocument(StepRecord record);

    StepRecord toRecord(StepRecordDocument document);

    LoginCheckDocument toDocument(LoginCheck check);

    /** {@code confirming(String)} looks like a fluent setter to MapStruct: the record's components are all mapped. */
    @Mapping(target = "confirming", ignore = true)
    LoginCheck toLoginCheck(LoginCheckDocument document);

    AcknowledgementDocument toDocument(Acknowledgement acknowledgement);

    Acknowledgement toAcknowledgement(AcknowledgementDocument document);

    FieldChangeDocument toDocument(FieldChange change);

    FieldChange toChange(FieldChangeDocument document);

    FindingDocument toDocument(Finding finding);

    Finding toFinding(FindingDocument document);

    HistoryLine toLine(HistoryEntry entry);

    @Mapping(target = "atRevision", ignore = true)
    HistoryEntry toEntry(HistoryLine line);

    default GroupDocument toDocument(StoredGroup stored) {
        GroupSetup setup = stored.setup();
        return new GroupDocument(GroupDocument.CURRENT_SCHEMA_VERSION, stored.revision(),
                toDocument(setup.configuration().values()),
                setup.procedure().records().stream().map(this::toDocument).toList(),
                setup.acknowledgements().stream().map(this::toDocument).toList());
    }

    default StoredGroup toStoredGroup(GroupDocument document) {
        if (document.configuration() == null) {
            throw new IllegalArgumentException("no configuration");
        }
        GroupConfiguration configuration = GroupConfiguration.reconstitute(toValues(document.configuration()));
        List<StepRecord> records = document.csamRecords() == null ? List.of()
                : document.csamRecords().stream().map(this::toRecord).toList();
        List<Acknowledgement> acknowledgements = document.acknowledgements() == null ? List.of()
                : document.acknowledgements().stream().map(this::toAcknowledgement).toList();
        return new StoredGroup(new GroupSetup(configuration, CsamProcedure.reconstitute(records), acknowledgements),
                document.revision());
    }

    default String stepId(CsamStep step) {
        return step.id();
    }

    default CsamStep step(String id) {
        return CsamStep.byId(id).orElseThrow(() -> new IllegalArgumentException("unknown CSAM step " + id));
    }

    default String roleId(AuthorityRole role) {
        return role == null ? null : role.id();
    }

    default AuthorityRole role(String id) {
        return id == null ? null
                : AuthorityRole.byId(id).orElseThrow(() -> new IllegalArgumentException("unknown role " + id));
    }

    default List<String> serviceIds(Set<CsamService> services) {
        List<String> ids = new ArrayList<>();
        for (CsamService service : CsamService.values()) {
            if (services.contains(service)) {
                ids.add(service.id());
            }
        }
        return ids;
    }

    default Set<CsamService> services(List<String> ids) {
        if (ids == null) {
            return Set.of();
        }
        return Set.copyOf(ids.stream().map(id -> CsamService.byName(id)
                .orElseThrow(() -> new IllegalArgumentException("unknown service " + id))).toList());
    }

    default String fieldKey(FieldKey field) {
        return field == null ? null : field.key();
    }

    default FieldKey field(String key) {
        return key == null ? null
                : FieldKey.fromKey(key).orElseThrow(() -> new IllegalArgumentException("unknown field " + key));
    }

    /** The values an acknowledgement read, by field key, in screen order (so that a document is written alike). */
    default Map<String, String> readValueKeys(Map<FieldKey, String> values) {
        if (values == null) {
            return null;
        }
        Map<String, String> keyed = new LinkedHashMap<>();
        for (FieldKey field : FieldKey.values()) {
            if (values.containsKey(field)) {
                keyed.put(field.key(), values.get(field));
            }
        }
        return keyed;
    }

    default Map<FieldKey, String> readValues(Map<String, String> keyed) {
        Map<FieldKey, String> values = new EnumMap<>(FieldKey.class);
        if (keyed != null) {
            keyed.forEach((key, value) -> values.put(field(key), value));
        }
        return values;
    }

    default String severityId(Severity severity) {
        return severity.id();
    }

    default Severity severity(String id) {
        return Severity.valueOf(id.toUpperCase(Locale.ROOT));
    }

    default String kindId(HistoryKind kind) {
        return kind.id();
    }

    default HistoryKind kind(String id) {
        return HistoryKind.byId(id).orElseThrow(() -> new IllegalArgumentException("unknown kind of change " + id));
    }
}
