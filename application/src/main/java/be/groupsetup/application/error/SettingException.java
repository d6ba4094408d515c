package be.groupsetup.application.error;

/**
 * A setting (from {@code ~/.groupsetup/groupsetup.properties}, the environment or {@code -D}) that groupsetup cannot
 * use: a mistake the user fixes by changing the setting, so a usage error (exit 2) with one line saying what is
 * wrong and what is expected (bundle key {@code error.<code>}), never a defect (docs/rules.md §5.2). Thrown when the
 * application starts, by its own settings or by the store that reads them.
 */
public final class SettingException extends ApplicationException {

    public SettingException(String code, Throwable cause, Object... arguments) {
        super(code, cause, arguments);
    }

    @Override
    public boolean isEnvironmentFailure() {
        return false;
    }
}
