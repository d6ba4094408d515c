package be.groupsetup.application.port.in;

/** Sets one or more fields as one change, all or nothing (docs/rules.md §4.1). */
public interface SetFieldsUseCase {

    ChangeResult set(SetFieldsCommand command);
}
