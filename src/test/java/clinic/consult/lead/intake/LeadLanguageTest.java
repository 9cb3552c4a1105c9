package clinic.consult.lead.intake;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import clinic.consult.support.ApiTest;
import clinic.consult.support.Contract;
import clinic.consult.support.LeadForm;
import clinic.consult.support.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import org.junit.jupiter.api.Test;

/** The language a consultation request is kept in: the one it names, else the one its Accept-Language asks for. */
@QuarkusTest
class LeadLanguageTest extends ApiTest {

    @Test
    void shouldTakeTheLanguageFromAcceptLanguageWhenTheRequestNamesNone() {
        languageOf(LeadForm.person(), "es-MX,es;q=0.9,en;q=0.5", "es");
        languageOf(LeadForm.person(), "fr-CA, es;q=0.4", "es");
        languageOf(LeadForm.person(), "en-US,es;q=0.8", "en");
        languageOf(LeadForm.person(), "es;q=0, fr", "en");
        languageOf(LeadForm.person(), "fr", "en");
        languageOf(LeadForm.person(), ";;;not a header", "en");
        languageOf(LeadForm.person(), null, "en");
    }

    @Test
    void shouldKeepTheLanguageTheRequestNames() {
        languageOf(LeadForm.person().with("language", "en"), "es", "en");
        languageOf(LeadForm.person().with("language", "es"), "en-US", "es");
    }

    @Test
    void shouldRefuseALanguageTheClinicDoesNotWriteIn() {
        Contract.responsesOnly(); // the request breaks the contract on purpose
        given().contentType(ContentType.JSON)
                .body(LeadForm.person().with("language", "fr").body())
                .post("/api/v1/leads")
                .then()
                .statusCode(400)
                .body("errors.field", hasItem("language"));
    }

    private static void languageOf(LeadForm form, String acceptLanguage, String expected) {
        RequestSpecification request = given().contentType(ContentType.JSON).body(form.body());
        if (acceptLanguage != null) {
            request.header("Accept-Language", acceptLanguage);
        }
        var id = request.post("/api/v1/leads").then().statusCode(201).extract().<String>path("id");
        given().header(Tokens.asStaff())
                .get("/api/v1/leads/{id}", id)
                .then()
                .statusCode(200)
                .body("language", equalTo(expected));
    }
}
