package clinic.consult.support;

import org.junit.jupiter.api.BeforeEach;

/** Base of the HTTP tests: every request and response is checked against the contract unless a test says not. */
public abstract class ApiTest {

    @BeforeEach
    void validateAgainstContract() {
        Contract.validateAll();
    }
}
