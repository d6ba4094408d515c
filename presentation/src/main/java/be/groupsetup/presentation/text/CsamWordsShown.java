package be.groupsetup.presentation.text;

import be.groupsetup.domain.csam.AuthorityRole;
import be.groupsetup.domain.csam.CsamService;
import be.groupsetup.domain.csam.CsamStep;
import be.groupsetup.domain.finding.Finding;
import be.groupsetup.domain.finding.FindingCodes;

import java.util.Arrays;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The lists of accepted CSAM words in a refusal (the steps, the roles, the services), shown in the language in
 * force: a finding keeps the English ids as its arguments (what JSON shows), the sentence names the ids the
 * technician would type in their language ({@code autorite, connexion-csam, …} in French). Every id is accepted in
 * every language, so the English ones stay right; an item that is not a known id is shown as it is.
 */
final class CsamWordsShown {

    private CsamWordsShown() {
    }

    /** The finding's arguments, the lists of accepted words given in the language. */
    static Object[] arguments(Finding finding, String language) {
        Object[] arguments = finding.arguments().toArray();
        if ("en".equals(language)) {
            return arguments;
        }
        switch (finding.messageKey()) {
            case FindingCodes.CSAM_STEP_UNKNOWN -> translate(arguments, 1, id -> CsamStep.byId(id).map(s -> s.id(language)));
            case FindingCodes.CSAM_AUTHORITY_ROLE_REQUIRED -> translate(arguments, 0, role(language));
            case FindingCodes.CSAM_AUTHORITY_ROLE -> translate(arguments, 1, role(language));
            case FindingCodes.CSAM_ACCESS_RIGHTS_SERVICES_REQUIRED -> translate(arguments, 0, service(language));
            case FindingCodes.CSAM_ACCESS_RIGHTS_SERVICE -> translate(arguments, 1, service(language));
            default -> {
            }
        }
        return arguments;
    }

    private static Function<String, Optional<String>> role(String language) {
        return id -> AuthorityRole.byId(id).map(r -> r.id(language));
    }

    private static Function<String, Optional<String>> service(String language) {
        return id -> CsamService.byName(id).map(s -> s.id(language));
    }

    private static void translate(Object[] arguments, int index, Function<String, Optional<String>> inLanguage) {
        if (index < arguments.length && arguments[index] instanceof String list) {
            arguments[index] = Arrays.stream(list.split(", ", -1))
                    .map(item -> inLanguage.apply(item).orElse(item)).collect(Collectors.joining(", "));
        }
    }
}
