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
                .body("errors.field", hasItem("language"))
                .body("errors[0].message", equalTo("must be one of: en, es"));
    }

    @Test
    void shouldAnswerInvalidInputInSpanishWhenTheRequestAsksInSpanish() {
        Contract.responsesOnly(); // the requests break the contract on purpose
        given().contentType(ContentType.JSON)
                .header("Accept-Language", "es-MX")
                .body(LeadForm.person()
                        .with("firstName", " ")
                        .with("email", "not an email")
                        .with("zipCode", "9278")
                        .body())
                .post("/api/v1/leads")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("title", equalTo("La solicitud tiene campos no válidos"))
                .body("detail", equalTo("3 campos no son válidos"))
                .body("errors.find { it.field == 'firstName' }.message", equalTo("no debe estar vacío"))
                .body(
                        "errors.find { it.field == 'email' }.message",
                        equalTo("debe ser un correo electrónico como nombre@ejemplo.com (sin espacios, comillas ni"
                                + " corchetes)"))
                .body(
                        "errors.find { it.field == 'zipCode' }.message",
                        equalTo("debe ser un código postal: 5 dígitos o ZIP+4"));
        given().contentType(ContentType.JSON)
                .header("Accept-Language", "es")
                .body(LeadForm.person().with("preferredContact", "FAX").body())
                .post("/api/v1/leads")
                .then()
                .statusCode(400)
                .body("detail", equalTo("1 campo no es válido"))
                .body("errors[0].message", equalTo("debe ser uno de: EMAIL, PHONE, SMS"));
        given().contentType(ContentType.JSON)
                .header("Accept-Language", "es")
                .body(LeadForm.person().with("preferredContact", "SMS").body())
                .post("/api/v1/leads")
                .then()
                .statusCode(400)
                .body("title", equalTo("La solicitud tiene campos no válidos"))
                .body("errors[0].field", equalTo("consent.sms"))
                .body("errors[0].message", equalTo("debe ser true cuando el contacto preferido es SMS"));
        given().contentType(ContentType.JSON)
                .body(LeadForm.person().with("firstName", " ").body())
                .post("/api/v1/leads")
                .then()
                .statusCode(400)
                .body("title", equalTo("Request has invalid fields"))
                .body("errors[0].message", equalTo("must not be blank"));
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
