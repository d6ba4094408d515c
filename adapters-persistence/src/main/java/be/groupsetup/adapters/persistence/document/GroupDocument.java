package be.groupsetup.adapters.persistence.document;

import java.util.List;

/**
 * One group's document: the format version, the revision, the configuration and the CSAM records in
 * recording order.
 */
public record GroupDocument(int schemaVersion, long revision, ConfigurationDocument configuration,
                            List<StepRecordDocument> csamRecords) {

    /** The format this release writes. */
    public static final int CURRENT_SCHEMA_VERSION = 1;
}
