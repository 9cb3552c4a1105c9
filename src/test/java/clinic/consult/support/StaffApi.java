package clinic.consult.support;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import io.restassured.http.Header;
import io.restassured.response.Response;
import java.util.Map;

/** The staff tool's calls on one lead, as a given token. */
public final class StaffApi {

    private final Header token;

    private StaffApi(Header token) {
        this.token = token;
    }

    public static StaffApi as(Header token) {
        return new StaffApi(token);
    }

    public Response get(String leadId) {
        return given().header(token).get("/api/v1/leads/{id}", leadId);
    }

    public String etag(String leadId) {
        return get(leadId).then().statusCode(200).extract().header("ETag");
    }

    public Response patch(String leadId, String ifMatch, Map<String, Object> changes) {
        var request = given().header(token).contentType(ContentType.JSON).body(changes);
        if (ifMatch != null) {
            request.header("If-Match", ifMatch);
        }
        return request.patch("/api/v1/leads/{id}", leadId);
    }

    /** Reads the lead's current ETag and applies the change with it. */
    public Response change(String leadId, Map<String, Object> changes) {
        return patch(leadId, etag(leadId), changes);
    }

    public Response addNote(String leadId, String text) {
        return given().header(token)
                .contentType(ContentType.JSON)
                .body(Map.of("text", text))
                .post("/api/v1/leads/{id}/notes", leadId);
    }

    public Response search(Map<String, ?> query) {
        return given().header(token).queryParams(query).get("/api/v1/leads");
    }
}
