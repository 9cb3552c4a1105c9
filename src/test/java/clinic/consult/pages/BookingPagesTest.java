package clinic.consult.pages;

import static org.assertj.core.api.Assertions.assertThat;

import clinic.consult.notification.NotificationWorker;
import clinic.consult.support.ApiTest;
import clinic.consult.support.Browser;
import clinic.consult.support.OutboxRows;
import clinic.consult.support.Seed;
import clinic.consult.support.Smtp;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;

/**
 * The patient's whole journey through the pages in real Chromium, keyboard only: the form, a time, the booking, the
 * link read from the confirmation email at the SMTP server, a new time, the link of that email, a cancellation, a
 * reload that still says it was cancelled; axe-core finds no violation on any page; screenshots go to docs/.
 * Skipped, saying so, where Chromium is not installed.
 */
@QuarkusTest
class BookingPagesTest extends ApiTest {

    private static final Pattern MANAGE_LINK = Pattern.compile("https://www\\.clinic\\.example(/appointments/\\S+)");
    private static Browser browser;

    @Inject
    AgroalDataSource dataSource;

    @Inject
    NotificationWorker worker;

    @BeforeAll
    static void openChromium() {
        browser = Browser.open();
    }

    @AfterAll
    static void closeChromium() {
        if (browser != null) {
            browser.close();
        }
    }

    @BeforeEach
    void onlyThisTestsMail() {
        Seed.restoreLocations(dataSource);
        Smtp.start();
        Smtp.clear();
        OutboxRows.setAsideOthers(dataSource);
    }

    @AfterEach
    void restore() {
        Seed.restoreSchedules(dataSource);
    }

    @Test
    void shouldBookRescheduleAndCancelThroughThePagesByKeyboardAlone() {
        for (var width : new int[] {1280, 375}) {
            journey(width, "person" + width + "@example.com");
        }
    }

    @Test
    void shouldAskInSpanishAndNameEachMissingFieldBesideIt() {
        browser.size(375);
        browser.open("/book/?lang=es");
        assertThat(browser.text("main-title")).isEqualTo("Reserve una consulta gratuita");
        browser.keys(By.name("consentContact"), Keys.SPACE);
        browser.keys(By.name("zipCode"), Keys.ENTER);
        browser.waitForText("status", "Corrija los campos marcados abajo.");
        assertThat(browser.text("error-firstName")).isNotBlank().doesNotContain("must not");
        assertThat(browser.focusedName()).isEqualTo("firstName");
        browser.noAccessibilityViolations("the form in Spanish, with its errors");
        browser.shot("book-errors-es", 375);
    }

    private void journey(int width, String email) {
        browser.size(width);
        browser.open("/book/?utm_source=newsletter&utm_campaign=winter");
        browser.noAccessibilityViolations("the form");
        browser.shot("book-form", width);
        browser.type("firstName", "Maria");
        browser.type("lastName", "Lopez");
        browser.type("email", email);
        browser.type("phone", "714-555-0" + (width == 375 ? "375" : "128"));
        browser.type("zipCode", "92780");
        browser.keys(By.name("consentContact"), Keys.SPACE);
        browser.keys(By.name("zipCode"), Keys.ENTER);
        browser.visible("picker");
        browser.noAccessibilityViolations("the slot picker");
        browser.shot("book-times", width);
        browser.keys(By.cssSelector("input[name=slot]"), Keys.SPACE);
        browser.keys(By.id("book"), Keys.ENTER);
        browser.visible("done");
        assertThat(browser.text("done-where")).isNotBlank();
        browser.noAccessibilityViolations("the confirmation");
        browser.shot("book-done", width);

        var confirmed = manageLink(email, "Your consultation is confirmed");
        browser.open(confirmed);
        browser.visible("details");
        assertThat(browser.url()).as("the token leaves the address at once").doesNotContain("token=");
        browser.noAccessibilityViolations("the manage page");
        browser.shot("manage", width);
        browser.keys(By.id("reschedule"), Keys.ENTER);
        browser.visible("picker");
        browser.keys(By.cssSelector("#times input[name=slot]:not(:checked)"), Keys.SPACE);
        browser.keys(By.id("move"), Keys.ENTER);
        browser.waitForText("status", "moved");

        browser.open(manageLink(email, "Your consultation has moved"));
        browser.visible("details");
        browser.type("reason", "Found another time");
        browser.keys(By.cssSelector("#cancel-form button"), Keys.ENTER);
        browser.visible("cancelled");
        browser.reload();
        browser.visible("cancelled");
        browser.noAccessibilityViolations("a cancelled appointment");
        browser.shot("manage-cancelled", width);
    }

    /** The manage link of the newest email with this subject, on this service. */
    private String manageLink(String email, String subject) {
        while (worker.deliverDue() > 0) {
            // a person's messages go one after the other
        }
        var mail = Smtp.receivedBy(email).stream()
                .filter(one -> one.subject().startsWith(subject))
                .reduce((first, second) -> second)
                .orElseThrow(() -> new AssertionError("no email '" + subject + "' to " + email));
        var link = MANAGE_LINK.matcher(mail.text());
        assertThat(link.find()).as("a manage link in " + mail.text()).isTrue();
        return link.group(1);
    }
}
