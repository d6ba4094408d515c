package be.groupsetup.presentation.view;

import be.groupsetup.domain.field.FieldKey;
import be.groupsetup.domain.finding.Finding;
import be.groupsetup.domain.finding.FindingCodes;
import be.groupsetup.presentation.text.Messages;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The required fields not filled in: listed once together when there are several (issue 14). */
class FindingsTest {

    private final Messages messages = Messages.forLanguage("en", null);
    private final Findings findings = new Findings(messages);

    private static Finding required(FieldKey field) {
        return Finding.error(field, FindingCodes.REQUIRED);
    }

    @Test
    void givenSeveralRequiredFieldsNotFilledIn_whenListed_thenOneLineNamingThemAllWhereTheFirstWas() {
        Finding other = Finding.warning(FieldKey.IBAN, "iban.example");
        List<String> lines = findings.lines(List.of(other, required(FieldKey.PHONE), required(FieldKey.CITY)));

        assertThat(lines).hasSize(2);
        assertThat(lines.get(0)).endsWith("[iban.example]");
        assertThat(lines.get(1)).isEqualTo("error     Not filled in (required): " + messages.label(FieldKey.PHONE)
                + ", " + messages.label(FieldKey.CITY)
                + ". The group cannot bill through MyCareNet until each has a value. [required]");
        assertThat(findings.lines(List.of(required(FieldKey.PHONE), required(FieldKey.CITY)), f -> java.util.Optional.empty(),
                "94123456001")).containsExactly(lines.get(1));
    }

    @Test
    void givenOneRequiredFieldNotFilledIn_whenListed_thenItsOwnLineAsBefore() {
        Finding phone = required(FieldKey.PHONE);

        assertThat(findings.lines(List.of(phone))).containsExactly(findings.line(phone));
        assertThat(findings.requiredTogether(List.of(phone))).isEmpty();
    }

    @Test
    void givenSeveralRequiredFieldsNotFilledIn_whenViewedForJson_thenStillOneViewEach() {
        assertThat(findings.views(List.of(required(FieldKey.PHONE), required(FieldKey.CITY)))).hasSize(2);
    }
}
