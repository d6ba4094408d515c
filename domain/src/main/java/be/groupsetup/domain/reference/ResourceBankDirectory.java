package be.groupsetup.domain.reference;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads {@code be-bank-codes.dat}: one range of bank codes a line, {@code FROM-TO bic="..." bank="..."},
 * {@code #} lines are comments.
 */
public final class ResourceBankDirectory implements BankDirectory {

    static final String RESOURCE = "/be/groupsetup/domain/be-bank-codes.dat";
    private static final Pattern LINE = Pattern.compile(
            "(\\d{3})-(\\d{3})(?:\\s+bic=\"([^\"]*)\")?\\s+bank=\"([^\"]*)\"\\s*");

    private final Bank[] byCode = new Bank[1000];

    private ResourceBankDirectory(BufferedReader reader) throws IOException {
        String line;
        int number = 0;
        while ((line = reader.readLine()) != null) {
            number++;
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            Matcher matcher = LINE.matcher(line);
            if (!matcher.matches()) {
                throw new IllegalStateException("bank table line " + number + " is not FROM-TO bic=\"…\" bank=\"…\"");
            }
            String bic = matcher.group(3) == null || matcher.group(3).isBlank() ? null : matcher.group(3);
            Bank bank = new Bank(bic, matcher.group(4));
            for (int code = Integer.parseInt(matcher.group(1)); code <= Integer.parseInt(matcher.group(2)); code++) {
                byCode[code] = bank;
            }
        }
    }

    /** A directory read from a table in the same format (for tests and other adapters). */
    public static BankDirectory read(InputStream table) {
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(table, StandardCharsets.UTF_8))) {
            return new ResourceBankDirectory(reader);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the bank table", e);
        }
    }

    static BankDirectory embedded() {
        return Embedded.INSTANCE;
    }

    @Override
    public Optional<Bank> bankFor(String belgianBankCode) {
        if (belgianBankCode == null || belgianBankCode.length() != 3 || !belgianBankCode.chars().allMatch(Character::isDigit)) {
            return Optional.empty();
        }
        return Optional.ofNullable(byCode[Integer.parseInt(belgianBankCode)]);
    }

    /** Initialised on first use only: a command that never looks at a bank never reads the table. */
    private static final class Embedded {
        static final BankDirectory INSTANCE = read(ResourceBankDirectory.class.getResourceAsStream(RESOURCE));
    }
}
