package clinic.consult.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Keeps the house as docs/ARCHITECTURE.md draws it: each package imports only packages on the lines below its own,
 * and no class grows past what a reader takes in at once.
 */
class ArchitectureTest {

    /** The map's lines, top to bottom; packages on one line do not import each other. */
    static final List<List<String>> LAYERS = List.of(
            List.of("webhook", "calendar"),
            List.of("series", "waitlist"),
            List.of("appointment"),
            List.of("hold", "lead.intake"),
            List.of("lead.pipeline"),
            List.of("lead"),
            List.of("slot", "referral"),
            List.of("schedule", "notification"),
            List.of("location", "audit"),
            List.of("security"),
            List.of("http", "idempotency", "routing"),
            List.of("outbox"),
            List.of("problem", "db", "contact"),
            List.of("icalendar"));

    private static final String ROOT = "clinic.consult";
    private static final Path SOURCES = Path.of("src/main/java");
    private static JavaClasses classes;

    @BeforeAll
    static void importMainClasses() {
        classes = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages(ROOT);
    }

    @Test
    void shouldImportOnlyPackagesBelow() {
        var upward = new TreeSet<String>();
        for (var origin : classes) {
            var from = packageOf(origin);
            if (from.isEmpty()) {
                continue;
            }
            for (var dependency : origin.getDirectDependenciesFromSelf()) {
                var to = packageOf(dependency.getTargetClass());
                if (to.isPresent() && !to.equals(from) && line(to.get()) <= line(from.get())) {
                    upward.add(from.get() + " -> " + to.get() + " (" + origin.getSimpleName() + " uses "
                            + dependency.getTargetClass().getSimpleName() + ")");
                }
            }
        }
        assertThat(upward).isEmpty();
    }

    @Test
    void shouldPlaceEveryPackageOnTheMap() {
        var unplaced = new TreeSet<String>();
        for (var type : classes) {
            var name = type.getPackageName();
            if (name.startsWith(ROOT + ".") && packageOf(type).isEmpty()) {
                unplaced.add(name);
            }
        }
        assertThat(unplaced).isEmpty();
    }

    @Test
    void shouldKeepSourceFilesShort() throws IOException {
        var tooLong = new ArrayList<String>();
        try (Stream<Path> files = Files.walk(SOURCES)) {
            for (var file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                var lines = Files.readAllLines(file).size();
                var limit = file.getFileName().toString().endsWith("Resource.java") ? 150 : 300;
                if (lines > limit) {
                    tooLong.add(SOURCES.relativize(file) + ": " + lines + " lines, at most " + limit);
                }
            }
        }
        assertThat(tooLong).isEmpty();
    }

    @Test
    void shouldGiveNoServiceMoreThanEightCollaborators() {
        var crowded = new ArrayList<String>();
        for (var type : classes) {
            if (type.isAnnotatedWith(ApplicationScoped.class)) {
                for (var constructor : type.getConstructors()) {
                    var count = constructor.getRawParameterTypes().size();
                    if (count > 8) {
                        crowded.add(type.getName() + ": " + count);
                    }
                }
            }
        }
        assertThat(crowded).isEmpty();
    }

    /** The map's package a class belongs to: the longest one its package is, or is under. */
    private static Optional<String> packageOf(JavaClass type) {
        var name = type.getPackageName();
        if (!name.startsWith(ROOT + ".")) {
            return Optional.empty();
        }
        var relative = name.substring(ROOT.length() + 1);
        return LAYERS.stream()
                .flatMap(List::stream)
                .filter(p -> relative.equals(p) || relative.startsWith(p + "."))
                .max((a, b) -> Integer.compare(a.length(), b.length()));
    }

    private static int line(String mapPackage) {
        for (int i = 0; i < LAYERS.size(); i++) {
            if (LAYERS.get(i).contains(mapPackage)) {
                return i;
            }
        }
        throw new IllegalArgumentException(mapPackage);
    }
}
