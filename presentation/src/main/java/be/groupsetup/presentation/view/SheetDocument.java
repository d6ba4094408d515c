package be.groupsetup.presentation.view;

import java.util.List;

/** The sheet as data: the rows to type, the CSAM checklist, whether the group is ready and how many warnings are open. */
public record SheetDocument(String group, List<Row> rows, ProcedureView csam, boolean ready, long openWarnings) {

    /**
     * A row: the field's key, the screen's label, the exact text to type ({@code ""} for none), its readable form,
     * whether it is set (a fixed field always is) and its findings with their acknowledgements.
     */
    public record Row(String field, String label, String type, String readable, boolean set,
                      List<FindingView> findings) {
    }
}
