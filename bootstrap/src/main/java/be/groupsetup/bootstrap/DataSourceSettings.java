package be.groupsetup.bootstrap;

import be.groupsetup.adapters.persistence.postgres.DatabaseUrl;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Spring Boot's standard connection settings, read for the PostgreSQL storage only: from
 * {@code ~/.groupsetup/groupsetup.properties}, the environment ({@code SPRING_DATASOURCE_URL}, …) or {@code -D};
 * never from a command's options.
 */
@ConfigurationProperties("spring.datasource")
record DataSourceSettings(String url, String username, String password) {

    @Override
    public String toString() {
        return "DataSourceSettings[" + DatabaseUrl.withoutPassword(url) + ", " + username + ", password " + (password == null ? "not set" : "set") + "]";
    }
}
