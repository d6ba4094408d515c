package be.groupsetup.domain.csam;

import be.groupsetup.domain.field.Normalizer;

import java.util.Arrays;
import java.util.Optional;

/** Who may grant a group's access rights in CSAM: its responsible, or someone already its local user. */
public enum AuthorityRole {
    GROUP_RESPONSIBLE("group-responsible"),
    LOCAL_USER("local-user");

    private final String id;

    AuthorityRole(String id) {
        this.id = id;
    }

    public String id() {
        return id;
    }

    public static Optional<AuthorityRole> byId(String typed) {
        String id = Normalizer.typedId(typed);
        return Arrays.stream(values()).filter(role -> role.id.equals(id)).findFirst();
    }

    @Override
    public String toString() {
        return id;
    }
}
