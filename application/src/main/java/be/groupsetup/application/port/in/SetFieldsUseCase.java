package be.groupsetup.application.port.in;

/** Sets one or more fields as one change, all or nothing (SPEC §3). */
public interface SetFieldsUseCase {

    ChangeResult set(SetFieldsCommand command);
}
