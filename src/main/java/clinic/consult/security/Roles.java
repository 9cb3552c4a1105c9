package clinic.consult.security;

/** Roles from the token's {@code groups} claim. An admin may do everything staff may. */
public final class Roles {

    public static final String STAFF = "staff";
    public static final String ADMIN = "admin";

    private Roles() {}
}
