package be.groupsetup.application.port.in;

/** What to type into AllsoftPlus, field by field, then the CSAM checklist. */
public interface GroupSheetQuery {

    SheetModel sheet(GroupQuery query);
}
