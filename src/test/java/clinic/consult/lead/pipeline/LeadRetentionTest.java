package clinic.consult.lead.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import clinic.consult.support.ApiTest;
import clinic.consult.support.LeadForm;
import clinic.consult.support.Seed;
import clinic.consult.support.Sql;
import clinic.consult.support.StaffApi;
import clinic.consult.support.Tokens;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.Test;

/** The nightly job that scrubs leads closed longer than the retention period (24 months by default). */
@QuarkusTest
class LeadRetentionTest extends ApiTest {

    private final StaffApi staff = StaffApi.as(Tokens.asStaff());

    @Inject
    LeadRetention retention;

    @Inject
    AgroalDataSource dataSource;

    @Test
    void shouldScrubLeadsClosedLongerThanTheRetentionPeriodOnce() throws Exception {
        var expired = closedLead();
        var recent = closedLead();
        var open = LeadForm.person().with("message", "Any weekday").submit();
        ageClosedLead(expired, "25 months");
        ageClosedLead(recent, "23 months");

        // two instances running the job at once
        var pool = Executors.newFixedThreadPool(2);
        try {
            var runs = new ArrayList<Callable<Integer>>();
            runs.add(retention::scrubExpired);
            runs.add(retention::scrubExpired);
            for (var run : pool.invokeAll(runs)) {
                run.get();
            }
        } finally {
            pool.shutdown();
        }

        assertThat(personal(expired)).containsOnlyNulls();
        assertThat(personal(recent)).doesNotContainNull();
        assertThat(personal(open)).doesNotContainNull();
        assertThat(Sql.column(
                        dataSource,
                        "select subject from audit_log where lead_id = ?::uuid and action = 'LEAD_SCRUBBED'",
                        expired))
                .containsExactly("system:retention");
        assertThat(Sql.column(dataSource, "select type from lead_events where lead_id = ?::uuid order by id", expired))
                .containsExactly("RECEIVED", "STATUS_CHANGED", "ERASED");
        assertThat(Sql.single(dataSource, "select status from leads where id = ?::uuid", expired))
                .isEqualTo("LOST");
    }

    private String closedLead() {
        var id = LeadForm.person().with("message", "Please call after 5").submit();
        staff.change(id, Map.of("status", "LOST", "note", "Chose another clinic"))
                .then()
                .statusCode(200);
        return id;
    }

    private void ageClosedLead(String id, String age) {
        Seed.execute(dataSource, "update leads set closed_at = now() - interval '" + age + "' where id = '" + id + "'");
    }

    private List<String> personal(String id) {
        return List.of("first_name", "last_name", "email", "phone", "message", "consent_ip", "source_page_url").stream()
                .map(column -> Sql.single(dataSource, "select " + column + " from leads where id = ?::uuid", id))
                .toList();
    }
}
