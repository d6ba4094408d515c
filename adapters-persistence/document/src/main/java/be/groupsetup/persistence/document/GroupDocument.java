package be.groupsetup.persistence.document;

import java.util.List;

/**
 * One group's document: the format version, the revision, the configuration, the CSAM records in recording order
 * and the warnings acknowledged (schemaVersion 2 and later).
 */
public record GroupDocument(int schemaVersion, long revision, ConfigurationDocument configuration,
                            List<StepRecordDocument> csamRecords, List<AcknowledgementDocument> acknowledgements) {

    /** The format this release writes: 2 added {@code acknowledgements} and each CSAM record's {@code loginCheck}. */
    public static final int CURRENT_SCHEMA_VERSION = 2;
}
