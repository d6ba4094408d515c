package be.groupsetup.domain.reference;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
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
    /** BIC (first 8 characters) → bank: made on the first reverse lookup only, then kept. */
    private volatile Map<String, Bank> byBic;

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

    @Override
    public Optional<Bank> bankWithBic(String bic) {
        if (bic == null || bic.length() < 8) {
            return Optional.empty();
        }
        Map<String, Bank> index = byBic;
        if (index == null) {
            index = indexByBic();
            byBic = index;
        }
        return Optional.ofNullable(index.get(bic.substring(0, 8)));
    }

    /**
     * Each BIC's bank. The table may list one BIC under several names (ING Belgium, ING België): the name that
     * covers the most bank codes wins, the lowest code's on a tie. Made from the codes alone, so two threads racing
     * make the same index.
     */
    private Map<String, Bank> indexByBic() {
        Map<String, Map<String, Integer>> codesPerName = new HashMap<>();
        Map<String, Bank> firstListed = new HashMap<>();
        for (Bank bank : byCode) {
            if (bank != null && bank.bic() != null && bank.bic().length() >= 8) {
                String bic = bank.bic().substring(0, 8);
                codesPerName.computeIfAbsent(bic, key -> new LinkedHashMap<>()).merge(bank.name(), 1, Integer::sum);
                firstListed.putIfAbsent(bic + "|" + bank.name(), bank);
            }
        }
        Map<String, Bank> index = new HashMap<>();
        codesPerName.forEach((bic, names) -> {
            String best = null;
            int most = 0;
            for (Map.Entry<String, Integer> name : names.entrySet()) {
                if (name.getValue() > most) {
                    best = name.getKey();
                    most = name.getValue();
                }
            }
            index.put(bic, firstListed.get(bic + "|" + best));
        });
        return Map.copyOf(index);
    }

    /** Initialised on first use only: a command that never looks at a bank never reads the table. */
    private static final class Embedded {
        static final BankDirectory INSTANCE = read(ResourceBankDirectory.class.getResourceAsStream(RESOURCE));
    }
}
