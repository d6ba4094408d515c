package be.groupsetup.domain.value;

import be.groupsetup.domain.finding.Parsed;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.PhoneNumberUtil.PhoneNumberFormat;
import com.google.i18n.phonenumbers.Phonenumber;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A stored phone (E.164) is read without libphonenumber's tolerant parser: that short cut must give exactly what
 * the parser gives for the same number written with blanks, for every region and non-geographic code.
 */
class PhoneNumberE164Test {

    static List<String> exampleNumbers() {
        PhoneNumberUtil util = PhoneNumberUtil.getInstance();
        List<String> numbers = new ArrayList<>();
        for (String region : util.getSupportedRegions()) {
            for (PhoneNumberUtil.PhoneNumberType type : List.of(PhoneNumberUtil.PhoneNumberType.FIXED_LINE,
                    PhoneNumberUtil.PhoneNumberType.MOBILE)) {
                Phonenumber.PhoneNumber example = util.getExampleNumberForType(region, type);
                if (example != null) {
                    numbers.add(util.format(example, PhoneNumberFormat.E164));
                }
            }
        }
        for (int code : util.getSupportedGlobalNetworkCallingCodes()) {
            Phonenumber.PhoneNumber example = util.getExampleNumberForNonGeoEntity(code);
            if (example != null) {
                numbers.add(util.format(example, PhoneNumberFormat.E164));
            }
        }
        return numbers;
    }

    @ParameterizedTest
    @MethodSource("exampleNumbers")
    void givenAnE164Number_whenParsed_thenTheSameAsTheParserGivesForItWrittenWithBlanks(String e164) {
        String withBlanks = e164.charAt(0) + " " + e164.substring(1, 3) + " " + e164.substring(3);

        assertSameOutcome(PhoneNumber.parse(e164), PhoneNumber.parse(withBlanks));
    }

    @ParameterizedTest
    @ValueSource(strings = {"+9991234567", "+0123456789", "+3200470123456", "+39061234567", "+800123",
            "+32470123456789012"})
    void givenAnUnusualPlusNumber_whenParsed_thenTheSameAsWrittenWithBlanks(String e164) {
        String withBlanks = e164.charAt(0) + " " + e164.substring(1, 3) + " " + e164.substring(3);

        assertSameOutcome(PhoneNumber.parse(e164), PhoneNumber.parse(withBlanks));
    }

    /** The same stored value and the same findings (an error's message quotes the input as typed). */
    private static void assertSameOutcome(Parsed<PhoneNumber> direct, Parsed<PhoneNumber> parsed) {
        assertThat(direct.value()).isEqualTo(parsed.value());
        assertThat(direct.findings()).extracting(f -> f.severity() + " " + f.code() + " " + f.messageKey())
                .isEqualTo(parsed.findings().stream().map(f -> f.severity() + " " + f.code() + " " + f.messageKey()).toList());
        if (direct.isAccepted()) {
            assertThat(direct.findings()).isEqualTo(parsed.findings());
        }
    }
}
