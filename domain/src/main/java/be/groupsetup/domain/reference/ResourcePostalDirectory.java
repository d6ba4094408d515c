package be.groupsetup.domain.reference;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads {@code be-postal-codes.csv}: header {@code postal_code,name,kind}; a name holding a comma is
 * double-quoted (a doubled quote inside stands for one).
 */
public final class ResourcePostalDirectory implements PostalDirectory {

    static final String RESOURCE = "/be/groupsetup/domain/be-postal-codes.csv";

    private final Map<String, List<String>> namesByCode = new HashMap<>(2048);

    private ResourcePostalDirectory(BufferedReader reader) throws IOException {
        Map<String, List<String>> municipalityNames = new HashMap<>(2048);
        Map<String, List<String>> localityNames = new HashMap<>(2048);
        String line = reader.readLine();
        if (line == null || !line.startsWith("postal_code,")) {
            throw new IllegalStateException("the postal table has no postal_code,name,kind header");
        }
        while ((line = reader.readLine()) != null) {
            if (line.isBlank()) {
                continue;
            }
            List<String> columns = columns(line);
            if (columns.size() < 2) {
                throw new IllegalStateException("postal table line is not code,name,kind: " + line);
            }
            boolean municipality = columns.size() > 2 && columns.get(2).equals("municipality");
            (municipality ? municipalityNames : localityNames)
                    .computeIfAbsent(columns.get(0), code -> new ArrayList<>(4)).add(columns.get(1));
        }
        for (String code : union(municipalityNames.keySet(), localityNames.keySet())) {
            List<String> names = new ArrayList<>(municipalityNames.getOrDefault(code, List.of()));
            names.addAll(localityNames.getOrDefault(code, List.of()));
            namesByCode.put(code, List.copyOf(names));
        }
    }

    private static java.util.Set<String> union(java.util.Set<String> one, java.util.Set<String> other) {
        java.util.Set<String> all = new java.util.HashSet<>(one);
        all.addAll(other);
        return all;
    }

    public static PostalDirectory read(InputStream table) {
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(table, StandardCharsets.UTF_8))) {
            return new ResourcePostalDirectory(reader);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the postal table", e);
        }
    }

    static PostalDirectory embedded() {
        return Embedded.INSTANCE;
    }

    static List<String> columns(String line) {
        List<String> columns = new ArrayList<>(3);
        StringBuilder current = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                    current.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    current.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                columns.add(current.toString());
                current.setLength(0);
            } else {
                current.append(c);
            }
        }
        columns.add(current.toString());
        return columns;
    }

    @Override
    public boolean isKnown(String postalCode) {
        return namesByCode.containsKey(postalCode);
    }

    @Override
    public List<String> names(String postalCode) {
        return namesByCode.getOrDefault(postalCode, List.of());
    }

    private static final class Embedded {
        static final PostalDirectory INSTANCE = read(ResourcePostalDirectory.class.getResourceAsStream(RESOURCE));
    }
}
