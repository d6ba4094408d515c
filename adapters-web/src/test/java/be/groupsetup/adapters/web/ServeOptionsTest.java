package be.groupsetup.adapters.web;

import be.groupsetup.application.error.SettingException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ServeOptionsTest {

    @Test
    void givenNoOptions_whenParsed_thenAFreePortOnTheLoopback() {
        assertThat(ServeOptions.parse(List.of("serve"))).isEqualTo(new ServeOptions(0, "127.0.0.1"));
    }

    @Test
    void givenPortAndLoopback_whenParsed_thenBoth() {
        assertThat(ServeOptions.parse(List.of("serve", "--bind", "127.0.0.1", "--port", "8080")))
                .isEqualTo(new ServeOptions(8080, "127.0.0.1"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"abc", "-1", "65536", "999999", "", "80a", "+80", "1e3"})
    void givenAPortThatIsNotOne_whenParsed_thenRefusedAsASetting(String port) {
        assertThatThrownBy(() -> ServeOptions.parse(List.of("serve", "--port", port)))
                .isInstanceOfSatisfying(SettingException.class, e -> {
                    assertThat(e.code()).isEqualTo("web.serve.port");
                    assertThat(e.isEnvironmentFailure()).isFalse();
                });
    }

    @ParameterizedTest
    @ValueSource(strings = {"0.0.0.0", "192.168.1.10", "::", "localhost", "example.org"})
    void givenAnotherAddressThanTheLoopback_whenParsed_thenRefusedWithoutTls(String address) {
        assertThatThrownBy(() -> ServeOptions.parse(List.of("serve", "--bind", address)))
                .isInstanceOfSatisfying(SettingException.class, e -> assertThat(e.code()).isEqualTo("web.serve.bind"));
    }

    @Test
    void givenAnUnknownOptionOrAMissingValue_whenParsed_thenRefused() {
        assertThatThrownBy(() -> ServeOptions.parse(List.of("serve", "--tls")))
                .isInstanceOfSatisfying(SettingException.class, e -> assertThat(e.code()).isEqualTo("web.serve.option"));
        assertThatThrownBy(() -> ServeOptions.parse(List.of("serve", "--port")))
                .isInstanceOfSatisfying(SettingException.class,
                        e -> assertThat(e.code()).isEqualTo("web.serve.value-missing"));
    }

    @Test
    void theAddressPrintedHoldsTheLoopbackThePortAndTheToken() {
        assertThat(ServeRunner.address(new ServeOptions(18080, "127.0.0.1"), 18080, "abc"))
                .isEqualTo("http://127.0.0.1:18080/?token=abc");
    }
}
