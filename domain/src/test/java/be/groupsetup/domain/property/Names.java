package be.groupsetup.domain.property;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Names and addresses as Belgian nurses and companies really have them: accents (composed and decomposed),
 * both apostrophes, hyphens, particles, mixed case. The expected value is the same text with its surrounding
 * blanks trimmed and each inner run of blanks collapsed to one space (docs/rules.md §1.3), nothing else changed.
 */
public final class Names {

    private static final List<String> KNOWN = List.of("Françoise", "Aurélie", "Jérôme", "Zoë", "Hélène", "Noël",
            "Anaïs", "José", "Łukasz", "Søren", "Çağla", "Maëlle", "Bénédicte", "Renée", "D'Hondt", "D’Hondt",
            "Van den Bossche", "Saint-Léger", "O'Brien", "Müller", "Öztürk", "Šimić", "Dupont-Lefèvre", "De Smet",
            "vanden Eynde", "Nuñez", "Ørsted", "Liège", "Sint-Niklaas", "Braine-l'Alleud", "Écaussinnes",
            "'s-Gravenwezel", "Ottignies-Louvain-la-Neuve", "Chaussée d’Alsemberg", "Rue de l'Église", "12/b",
            "Soins à Domicile", "SRL", "asbl", "VZW", "Thuisverpleging", "Œuvre", "Ærøskøbing", "MCCARTHY", "mcCarthy");
    private static final String LETTERS = "abcdefghijklmnopqrstuvwxyzàâäçéèêëîïôöùûüÿæœñåøßšžčćłńő"
            + "ABCDEFGHIJKLMNOPQRSTUVWXYZÀÂÄÇÉÈÊËÎÏÔÖÙÛÜŸÆŒÑÅØŠŽČĆŁŃŐ";
    private static final List<String> JOINERS = List.of("-", "'", "’", "");

    private Names() {
    }

    /** A name or address of at most {@code maxLength} code points, as typed and as it must be stored. */
    public static Spelled name(Random random, int maxLength) {
        while (true) {
            List<String> words = new ArrayList<>();
            int count = 1 + random.nextInt(4);
            for (int i = 0; i < count; i++) {
                words.add(word(random));
            }
            String expected = String.join(" ", words);
            if (expected.codePointCount(0, expected.length()) > maxLength) {
                continue;
            }
            StringBuilder typed = new StringBuilder(Spellings.surrounding(random));
            for (int i = 0; i < words.size(); i++) {
                if (i > 0) {
                    typed.append(innerBlanks(random));
                }
                typed.append(words.get(i));
            }
            typed.append(Spellings.surrounding(random));
            return new Spelled(typed.toString(), expected, expected);
        }
    }

    private static String word(Random random) {
        String word = random.nextInt(3) == 0 ? Generators.pick(random, KNOWN) : madeUp(random);
        // a keyboard or a PDF may give the accents as combining marks: they are characters to keep too
        return random.nextInt(5) == 0 ? Normalizer.normalize(word, Normalizer.Form.NFD) : word;
    }

    private static String madeUp(Random random) {
        StringBuilder word = new StringBuilder();
        int parts = 1 + random.nextInt(2);
        for (int part = 0; part < parts; part++) {
            if (part > 0) {
                word.append(Generators.pick(random, JOINERS));
            }
            int length = 1 + random.nextInt(8);
            for (int i = 0; i < length; i++) {
                word.append(LETTERS.charAt(random.nextInt(LETTERS.length())));
            }
        }
        return word.toString();
    }

    private static String innerBlanks(Random random) {
        StringBuilder run = new StringBuilder(Generators.pick(random, Spellings.INNER_BLANKS));
        while (random.nextInt(3) == 0) {
            run.append(Generators.pick(random, Spellings.INNER_BLANKS));
        }
        return run.toString();
    }
}
